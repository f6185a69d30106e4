// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against the public jira-api source com/atlassian/jira/util/SimpleErrorCollection.java (public no-arg constructor,
// implements ErrorCollection). Faithful minimal implementation of the members declared in ErrorCollection.
package com.atlassian.jira.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

public class SimpleErrorCollection implements ErrorCollection {
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Collection<String> errorMessages = new ArrayList<>();

    public SimpleErrorCollection() {
    }

    @Override
    public void addError(String field, String message) {
        errors.put(field, message);
    }

    @Override
    public void addErrorMessage(String message) {
        errorMessages.add(message);
    }

    @Override
    public Collection<String> getErrorMessages() {
        return errorMessages;
    }

    @Override
    public Map<String, String> getErrors() {
        return errors;
    }

    @Override
    public void addErrorCollection(ErrorCollection other) {
        errors.putAll(other.getErrors());
        errorMessages.addAll(other.getErrorMessages());
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty() || !errorMessages.isEmpty();
    }

    @Override
    public String toString() {
        return "Errors: " + errors + "\nError Messages: " + errorMessages;
    }
}
