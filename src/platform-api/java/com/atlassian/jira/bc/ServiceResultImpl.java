// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/ServiceResultImpl.html (@PublicApi class,
// implements ServiceResult, Serializable; constructors (ErrorCollection) and (ErrorCollection, WarningCollection) - only the
// first is declared). Faithful minimal implementation: valid when the error collection has no errors.
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;
import java.io.Serializable;

public class ServiceResultImpl implements ServiceResult, Serializable {
    private static final long serialVersionUID = 1L;

    private final ErrorCollection errorCollection;

    public ServiceResultImpl(ErrorCollection errorCollection) {
        this.errorCollection = errorCollection;
    }

    @Override
    public boolean isValid() {
        return !errorCollection.hasAnyErrors();
    }

    @Override
    public ErrorCollection getErrorCollection() {
        return errorCollection;
    }
}
