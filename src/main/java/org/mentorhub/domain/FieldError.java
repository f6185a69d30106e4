package org.mentorhub.domain;

import java.util.List;

/** One invalid field: its name as the form/REST body spells it, an i18n message key and the key's arguments. */
public record FieldError(String field, String messageKey, List<Object> messageArgs) {
    public FieldError {
        messageArgs = List.copyOf(messageArgs);
    }
}
