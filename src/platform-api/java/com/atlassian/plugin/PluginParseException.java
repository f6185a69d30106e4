// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/atlassian-plugins-parent/4.4.10/xref/com/atlassian/plugin/PluginParseException.html
// and .../4.6.0-5d1970a/apidocs/com/atlassian/plugin/PluginParseException.html (extends PluginException -> RuntimeException).
package com.atlassian.plugin;

public class PluginParseException extends PluginException {
    public PluginParseException() {
        super();
    }

    public PluginParseException(String s) {
        super(s);
    }

    public PluginParseException(Throwable throwable) {
        super(throwable);
    }

    public PluginParseException(String s, Throwable throwable) {
        super(s, throwable);
    }
}
