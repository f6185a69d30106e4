package org.mentorhub.domain;

/**
 * A user's Jira/Confluence user key: stable across renames, unlike the username, so it is the only way
 * the core refers to a person.
 */
public record UserKey(String value) {
    public UserKey {
        FieldErrors.builder().requireText("userKey", value, 255).throwIfAny();
    }

    @Override
    public String toString() {
        return value;
    }
}
