// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// REST v2 (Platform 7: Jira 10 / Confluence 9) access annotation. Existence and package confirmed by public plugin sources
// importing com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess on javax.ws.rs resources (slack-integration-server,
// deftdevs bootstrapi, codeclou); semantics: https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints
// No elements. Retention RUNTIME is required (read reflectively by the REST framework).
// UNCONFIRMED: exact @Target of the real type; {TYPE, METHOD} (where the samples put it) is declared - it may also allow PACKAGE.
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
