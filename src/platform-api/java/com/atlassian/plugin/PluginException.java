// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/atlassian-plugins-parent/3.0.0-m30/apidocs/com/atlassian/plugin/PluginException.html
// (extends RuntimeException; four constructors). Declared because it is PluginParseException's superclass.
package com.atlassian.plugin;

public class PluginException extends RuntimeException {
    public PluginException() {
        super();
    }

    public PluginException(String s) {
        super(s);
    }

    public PluginException(Throwable throwable) {
        super(throwable);
    }

    public PluginException(String s, Throwable throwable) {
        super(s, throwable);
    }
}
