package org.mentorhub.sandbox.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.MessageFormat;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's {@code jsI18n} web-resource transformer: {@code AJS.I18n.getText('key')} (or {@code WRM.I18n...}) becomes
 * the text as a string literal, and {@code AJS.I18n.getText('key', a, b)} becomes {@code AJS.format("pattern", a, b)}.
 * A key no bundle defines stays as its own text, as in Jira.
 */
final class JsI18nTransformer {
    static final String KEY = "jsI18n";
    private static final Pattern CALL = Pattern.compile("\\b(?:AJS|WRM)\\.I18n\\.getText\\(\\s*(['\"])([\\w.-]+)\\1\\s*([),])");
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsI18nTransformer() {
    }

    /** {@code script} with every getText call replaced; {@code rawText} gives a key's pattern, or null. */
    static String transform(String script, Function<String, String> rawText) {
        Matcher call = CALL.matcher(script);
        StringBuilder out = new StringBuilder();
        while (call.find()) {
            String pattern = Objects.requireNonNullElse(rawText.apply(call.group(2)), call.group(2));
            String replacement = call.group(3).equals(")")
                ? literal(new MessageFormat(pattern).format(new Object[0]))
                : "AJS.format(" + literal(pattern) + ",";
            call.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        call.appendTail(out);
        return out.toString();
    }

    private static String literal(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
