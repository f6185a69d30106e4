// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against the public sal-api source com/atlassian/sal/api/pluginsettings/PluginSettings.java (@since 2.0).
// Supported value types: String, List<String>, Map<String,String>, Properties. Keys: keep <= 100 characters.
package com.atlassian.sal.api.pluginsettings;

public interface PluginSettings {
    Object get(String key);

    /** Value null removes the key; returns the previous value. */
    Object put(String key, Object value);

    Object remove(String key);
}
