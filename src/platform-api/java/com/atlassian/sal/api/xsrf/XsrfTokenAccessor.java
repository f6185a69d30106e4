// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against docs.atlassian.com: ConfluenceXsrfTokenAccessor (Confluence 9.4.0 javadoc) and CrowdXsrfTokenAccessor
// (Crowd 6.1.0), both "implements com.atlassian.sal.api.xsrf.XsrfTokenAccessor" with this one method.
package com.atlassian.sal.api.xsrf;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public interface XsrfTokenAccessor {
    String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create);
}
