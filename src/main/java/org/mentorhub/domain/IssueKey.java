package org.mentorhub.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** Key of a Jira issue that mirrors a pair, goal, milestone or nomination, e.g. {@code MENTOR-42}. */
public record IssueKey(String value) {
    private static final int MAX_LENGTH = 255;
    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]*");

    public IssueKey {
        FieldErrors.builder()
                .requireText("jiraIssueKey", value, MAX_LENGTH)
                .check(value == null || value.isBlank() || value.length() > MAX_LENGTH || FORMAT.matcher(value).matches(), "jiraIssueKey",
                        "mentorhub.validation.issueKey")
                .throwIfAny();
    }

    /** A key as people type it: surrounding spaces and lower case forgiven, since Jira's keys are upper case. */
    public static IssueKey typed(String typed) {
        return new IssueKey(typed == null ? null : typed.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
