// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/jira-software/11.0.1/com/atlassian/greenhopper/web/admin/SoftwareConfigCondition.html
// and https://docs.atlassian.com/atlassian-bamboo/10.0.0/com/atlassian/bamboo/plugins/jiraPlugin/JiraResultWebItemCondition.html
// (init(Map<String,String>) throws PluginParseException; shouldDisplay(Map<String,Object>)).
// Note: in Platform 7 the real interface also extends the marker com.atlassian.plugin.web.api.baseconditions.BaseCondition
// (not declared here).
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

public interface Condition {
    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
