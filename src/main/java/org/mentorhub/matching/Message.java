package org.mentorhub.matching;

import java.util.List;

/**
 * An i18n-ready text: a message key from {@code i18n/mentorhub-matching.properties} and its
 * {@link java.text.MessageFormat} arguments (numbers and strings only), resolved by the presentation layer.
 */
public record Message(String key, List<Object> arguments) {

    public Message {
        arguments = List.copyOf(arguments);
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }
}
