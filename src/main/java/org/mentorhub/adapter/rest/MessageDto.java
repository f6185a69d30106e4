package org.mentorhub.adapter.rest;

import java.util.List;
import org.mentorhub.matching.Message;

/** A message the core composed: its i18n key and arguments, and its text in the caller's language. */
public record MessageDto(String key, List<Object> arguments, String text) {

    public static MessageDto from(Message message, RestErrors texts) {
        return message == null ? null : new MessageDto(message.key(), message.arguments(), texts.text(message.key(), message.arguments()));
    }
}
