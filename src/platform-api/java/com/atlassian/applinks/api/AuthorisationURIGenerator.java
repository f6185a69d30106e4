// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/CredentialsRequiredException.html
// (implements AuthorisationURIGenerator: getAuthorisationURI(), getAuthorisationURI(URI callback)) and
// https://docs.atlassian.com/atlassian-bamboo/10.0.0/com/atlassian/bamboo/applinks/CredentialsRequiredContextException.html
// (same two members, @Nullable, Platform 7).
package com.atlassian.applinks.api;

import java.net.URI;

public interface AuthorisationURIGenerator {
    URI getAuthorisationURI(URI callback);

    URI getAuthorisationURI();
}
