package org.mentorhub.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A failure the core expects and explains: an i18n message key plus its arguments. Adapters translate
 * the concrete subtype (validation, not found, forbidden, conflict) into their own terms, e.g. an HTTP
 * status; the core knows nothing about HTTP.
 */
public abstract class MentorHubException extends RuntimeException {
    private final String messageKey;
    private final List<Object> messageArgs;

    protected MentorHubException(String messageKey, Object... messageArgs) {
        super(messageKey + Arrays.toString(messageArgs));
        this.messageKey = messageKey;
        this.messageArgs = List.of(messageArgs);
    }

    /** Key in {@code i18n/mentorhub-domain.properties}. */
    public String messageKey() {
        return messageKey;
    }

    /** Arguments for the message's {@code {0}}, {@code {1}}... placeholders. */
    public List<Object> messageArgs() {
        return messageArgs;
    }
}
