// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against the switch over every com.atlassian.sal.api.UrlMode constant (CANONICAL, ABSOLUTE, RELATIVE,
// RELATIVE_CANONICAL, AUTO) in Jira's public JiraApplicationProperties source and a decompiled Confluence
// ApplicationProperties implementation (public sources). Declaration order of the real enum: not confirmed.
package com.atlassian.sal.api;

public enum UrlMode {
    ABSOLUTE,
    CANONICAL,
    RELATIVE,
    RELATIVE_CANONICAL,
    AUTO
}
