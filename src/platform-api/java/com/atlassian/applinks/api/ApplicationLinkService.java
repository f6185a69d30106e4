// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/ApplicationLinkService.html
// (getApplicationLinks(), getApplicationLinks(Class<? extends ApplicationType>), getPrimaryApplicationLink(Class<? extends
// ApplicationType>) - null if none). Left out: getApplicationLink(ApplicationId) throws TypeNotInstalledException.
package com.atlassian.applinks.api;

public interface ApplicationLinkService {
    Iterable<ApplicationLink> getApplicationLinks();

    Iterable<ApplicationLink> getApplicationLinks(Class<? extends ApplicationType> type);

    ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type);
}
