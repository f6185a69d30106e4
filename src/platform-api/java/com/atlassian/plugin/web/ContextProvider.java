// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/web/rapid/PageLoadDataContextProvider.html
// (implements com.atlassian.plugin.web.ContextProvider: init(Map<String,String>) throws PluginParseException,
// getContextMap(Map<String,Object>)) and https://docs.atlassian.com/atlassian-plugins-parent/2.10.2-m1/xref/com/atlassian/plugin/web/ContextProvider.html
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
