// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against a CFR-decompiled com/atlassian/sal/api/auth/LoginUriProvider (public sources, recent SAL) and the public
// sal-api source (@since 2.0). Only getLoginUri(URI) is declared; the real interface also has getLoginUri(URI, EnumSet<PageCapability>)
// and getLoginUriForRole(URI, UserRole[, EnumSet<PageCapability>]) (left out: extra types not needed).
package com.atlassian.sal.api.auth;

import java.net.URI;

public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
