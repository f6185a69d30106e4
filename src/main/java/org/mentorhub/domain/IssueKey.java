package org.mentorhub.domain;

import java.util.regex.Pattern;

/** Key of a Jira issue that mirrors a pair, goal, milestone or nomination, e.g. {@code MENTOR-42}. */
public record IssueKey(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]*");

    public IssueKey {
        FieldErrors.builder()
                .requireText("jiraIssueKey", value, 255)
                .requirePattern("jiraIssueKey", value, FORMAT)
                .throwIfAny();
    }

    @Override
    public String toString() {
        return value;
    }
}
