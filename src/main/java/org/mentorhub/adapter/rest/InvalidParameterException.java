package org.mentorhub.adapter.rest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Query or path parameters the REST layer cannot use; answered with 400 and a message per parameter. */
public final class InvalidParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, String> messageKeys;

    /** @param messageKeys the i18n key of the problem, per parameter name */
    public InvalidParameterException(Map<String, String> messageKeys) {
        super("Invalid parameters " + messageKeys.keySet());
        this.messageKeys = Collections.unmodifiableMap(new LinkedHashMap<>(messageKeys));
    }

    public Map<String, String> messageKeys() {
        return messageKeys;
    }
}
