// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against a CFR-decompiled com/atlassian/sal/api/pluginsettings/PluginSettingsFactory (public sources, recent SAL)
// and https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/pluginsettings/PluginSettingsFactory.html .
package com.atlassian.sal.api.pluginsettings;

public interface PluginSettingsFactory {
    /** Key is product specific (Jira: project key; Confluence: space key); null = global settings. */
    PluginSettings createSettingsForKey(String key);

    PluginSettings createGlobalSettings();
}
