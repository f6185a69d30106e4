package org.mentorhub.adapter.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form as the page shows it: the values to fill in (the record's, or what the user sent when it failed), one
 * message per field that failed, a message for the whole form, and the confirmation of the last successful action.
 */
public final class FormState {
    private final Map<String, List<String>> values;
    private final Map<String, String> fieldErrors;
    private final String error;
    private final String done;

    private FormState(Map<String, List<String>> values, Map<String, String> fieldErrors, String error, String done) {
        this.values = Map.copyOf(values);
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.error = error;
        this.done = done;
    }

    /** A fresh form with the given values (the record being edited, or defaults), and an optional confirmation. */
    public static FormState of(Map<String, List<String>> values, String done) {
        return new FormState(values, Map.of(), null, done);
    }

    /** The form the user sent, back with what was wrong in it. */
    static FormState failed(Map<String, List<String>> submitted, Map<String, String> fieldErrors, String error) {
        return new FormState(submitted, new LinkedHashMap<>(fieldErrors), error, null);
    }

    /** The first value of a field, or the empty string. */
    public String value(String field) {
        List<String> all = values.get(field);
        return all == null || all.isEmpty() ? "" : all.get(0);
    }

    /** Whether a checkbox or multi-select option was chosen. */
    public boolean has(String field, String option) {
        return values.getOrDefault(field, List.of()).contains(option);
    }

    /** The message for a field that failed, or null. */
    public String error(String field) {
        return fieldErrors.get(field);
    }

    public boolean hasErrors() {
        return error != null || !fieldErrors.isEmpty();
    }

    /** A failure that belongs to no single field (such as a conflict with the current state), or null. */
    public String error() {
        return error;
    }

    /** The confirmation of the action that led here, or null. */
    public String done() {
        return done;
    }
}
