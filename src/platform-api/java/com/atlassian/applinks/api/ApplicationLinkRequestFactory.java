// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/ApplicationLinkRequestFactory.html
// (createRequest(Request.MethodType, String) throws CredentialsRequiredException; the URL is relative to the link's RPC URL)
// and CredentialsRequiredException's javadoc (extends AuthorisationURIGenerator).
package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;

public interface ApplicationLinkRequestFactory extends AuthorisationURIGenerator {
    ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException;
}
