package org.mentorhub.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the {@link Sandbox} (or its {@link RestClient}) as a parameter. The first test that asks starts it;
 * every later test class in the same run shares it, since starting the host costs seconds.
 */
public final class SandboxExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Sandbox.class);

    static Sandbox sandbox(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
            .getOrComputeIfAbsent(Sandbox.class, key -> Sandbox.start(), Sandbox.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Sandbox.class || type == RestClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Sandbox sandbox = sandbox(context);
        return parameter.getParameter().getType() == Sandbox.class ? sandbox : sandbox.rest();
    }
}
