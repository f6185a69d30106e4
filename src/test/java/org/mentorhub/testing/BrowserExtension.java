package org.mentorhub.testing;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives tests a {@link Browser} on the shared sandbox. The browser starts with the first test that needs it and
 * is reused by every later one, reset before each test; a failing test leaves a screenshot in
 * {@code target/screenshots/FAILED-<class>-<test>.png}.
 */
public final class BrowserExtension implements ParameterResolver, BeforeEachCallback, TestWatcher {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    private static Browser browser(ExtensionContext context) {
        Sandbox sandbox = SandboxExtension.sandbox(context);
        return context.getRoot().getStore(NAMESPACE)
            .getOrComputeIfAbsent(Browser.class, key -> Browser.start(sandbox), Browser.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser browser = context.getRoot().getStore(NAMESPACE).get(Browser.class, Browser.class);
        if (browser != null) {
            browser.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName());
        }
    }
}
