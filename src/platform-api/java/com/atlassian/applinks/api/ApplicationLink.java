// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/ApplicationLink.html
// (createAuthenticatedRequestFactory(), getDisplayUrl(), getId()...). Only createAuthenticatedRequestFactory() and
// getDisplayUrl() are declared. Left out: getId() (ApplicationId), getType()/getName()/getRpcUrl()/isPrimary() (not
// confirmed in this session), createAuthenticatedRequestFactory(Class<? extends AuthenticationProvider>), the PropertySet
// super-interface.
package com.atlassian.applinks.api;

import java.net.URI;

public interface ApplicationLink {
    URI getDisplayUrl();

    ApplicationLinkRequestFactory createAuthenticatedRequestFactory();
}
