// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/component/ComponentAccessor.html
// (@PublicApi class; static <T> T getComponent(Class<T>), static <T> T getOSGiComponentInstanceOfType(Class<T>)).
// Only these two are declared; prefer constructor injection (@ComponentImport).
package com.atlassian.jira.component;

public class ComponentAccessor {
    public static <T> T getComponent(Class<T> componentClass) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public static <T> T getOSGiComponentInstanceOfType(Class<T> componentClass) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
