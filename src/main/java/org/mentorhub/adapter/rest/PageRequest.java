package org.mentorhub.adapter.rest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which slice of a list a caller asked for, from Jira-style {@code startAt} and {@code maxResults} query
 * parameters. Like Jira, a {@code maxResults} above {@link #MAX_RESULTS_LIMIT} is lowered to the limit rather
 * than refused; the page the caller gets back says which size it used.
 */
public record PageRequest(int startAt, int maxResults) {
    public static final String START_AT = "startAt";
    public static final String MAX_RESULTS = "maxResults";
    public static final int DEFAULT_MAX_RESULTS = 50;
    public static final int MAX_RESULTS_LIMIT = 100;
    static final String NOT_A_NUMBER = "mentorhub.error.page.notNumber";
    static final String NEGATIVE = "mentorhub.error.page.negative";

    public PageRequest {
        if (startAt < 0 || maxResults < 0 || maxResults > MAX_RESULTS_LIMIT) {
            throw new IllegalArgumentException("startAt " + startAt + " / maxResults " + maxResults);
        }
    }

    /**
     * Reads the raw query parameter values (absent or blank means the default).
     *
     * @throws InvalidParameterException naming each parameter that is not a whole number of at least 0
     */
    public static PageRequest fromQuery(String startAt, String maxResults) {
        Map<String, String> problems = new LinkedHashMap<>();
        int start = parse(START_AT, startAt, 0, problems);
        int max = parse(MAX_RESULTS, maxResults, DEFAULT_MAX_RESULTS, problems);
        if (!problems.isEmpty()) {
            throw new InvalidParameterException(problems);
        }
        return new PageRequest(start, Math.min(max, MAX_RESULTS_LIMIT));
    }

    /**
     * A whole-number query parameter of at least 0 other than the page's, e.g. a {@code limit}.
     *
     * @throws InvalidParameterException naming the parameter when it is not one
     */
    public static int wholeNumber(String name, String value, int defaultValue) {
        Map<String, String> problems = new LinkedHashMap<>();
        int number = parse(name, value, defaultValue, problems);
        if (!problems.isEmpty()) {
            throw new InvalidParameterException(problems);
        }
        return number;
    }

    private static int parse(String name, String value, int defaultValue, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        int number;
        try {
            number = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            problems.put(name, NOT_A_NUMBER);
            return defaultValue;
        }
        if (number < 0) {
            problems.put(name, NEGATIVE);
        }
        return number;
    }
}
