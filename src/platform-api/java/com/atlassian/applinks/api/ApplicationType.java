// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// com.atlassian.applinks.api.ApplicationType is an interface (used as Class<? extends ApplicationType> in
// https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/ApplicationLinkService.html).
// No members declared (getI18nKey()/getIconUrl() not confirmed).
package com.atlassian.applinks.api;

public interface ApplicationType {
}
