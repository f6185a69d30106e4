package org.mentorhub.domain;

/** The record asked for does not exist (or the id cannot name one). */
public class NotFoundException extends MentorHubException {
    public NotFoundException(String messageKey, Object... messageArgs) {
        super(messageKey, messageArgs);
    }
}
