// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against docs.atlassian.com: ConfluenceXsrfTokenValidator (Confluence 8.4.2 and 7.19 javadoc), which
// "implements com.atlassian.sal.api.xsrf.XsrfTokenValidator" with these two methods.
package com.atlassian.sal.api.xsrf;

import javax.servlet.http.HttpServletRequest;

public interface XsrfTokenValidator {
    boolean validateFormEncodedToken(HttpServletRequest request);

    String getXsrfParameterName();
}
