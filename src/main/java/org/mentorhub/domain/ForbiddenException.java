package org.mentorhub.domain;

/** The caller's roles do not allow the operation (or nobody is signed in). */
public class ForbiddenException extends MentorHubException {
    public ForbiddenException(String messageKey, Object... messageArgs) {
        super(messageKey, messageArgs);
    }
}
