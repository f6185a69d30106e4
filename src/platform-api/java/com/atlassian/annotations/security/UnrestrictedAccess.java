// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// atlassian-annotations security annotation (servlets, filters, webwork actions; also seen on REST resources).
// Existence and package confirmed by public plugin sources importing com.atlassian.annotations.security.UnrestrictedAccess
// (MCP plugins, slack-integration-server, ONLYOFFICE connectors, cpji, javamelody, testplanit, decompiled Confluence classes).
// No elements. Retention RUNTIME is required (read reflectively by the host).
// UNCONFIRMED: exact @Target of the real type; {TYPE, METHOD} (where the samples put it) is declared.
package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
