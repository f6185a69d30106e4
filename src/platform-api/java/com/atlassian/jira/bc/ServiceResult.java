// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/ServiceResultImpl.html ("implements
// ServiceResult": isValid(), getErrorCollection(), getWarningCollection()).
// Left out: getWarningCollection() (drags in com.atlassian.jira.util.WarningCollection) and default hasWarnings().
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

public interface ServiceResult {
    boolean isValid();

    ErrorCollection getErrorCollection();
}
