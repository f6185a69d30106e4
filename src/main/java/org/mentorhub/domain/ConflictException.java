package org.mentorhub.domain;

/**
 * The input is well-formed but the current state does not allow the change: a lifecycle transition
 * that is not allowed, a mentor at capacity, a duplicate.
 */
public class ConflictException extends MentorHubException {
    public ConflictException(String messageKey, Object... messageArgs) {
        super(messageKey, messageArgs);
    }
}
