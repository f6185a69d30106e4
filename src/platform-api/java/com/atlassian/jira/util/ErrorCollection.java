// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against the public jira-api source com/atlassian/jira/util/ErrorCollection.java (long-standing interface) and
// its use as return/parameter type in https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/ServiceResultImpl.html
// Left out: getReasons()/addReason(..) and the nested ErrorCollection.Reason enum (constant list not confirmed),
// setErrorMessages/getFlushedErrorMessages etc.
package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

public interface ErrorCollection {
    void addError(String field, String message);

    void addErrorMessage(String message);

    Collection<String> getErrorMessages();

    Map<String, String> getErrors();

    void addErrorCollection(ErrorCollection errors);

    boolean hasAnyErrors();
}
