package org.mentorhub.sandbox.host;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * Jira 10's Velocity method allowlist for plugin classes: a template may only call a method of the plugin's own
 * classes when the descriptor's {@code <velocity-allowlist>} names it. Jira blocks such a call with a log line;
 * the sandbox fails the render, so tests catch a missing entry. Host and sandbox classes are not checked.
 */
public final class AllowlistUberspect extends UberspectImpl implements RuntimeServicesAware {
    static final String ALLOWLIST = "mentorhub.velocity.allowlist";
    private static final String PLUGIN_PACKAGE = "org.mentorhub.";
    private static final String SANDBOX_PACKAGE = "org.mentorhub.sandbox.";

    private Set<String> allowed = Set.of();

    @Override
    @SuppressWarnings("unchecked")
    public void setRuntimeServices(RuntimeServices services) {
        Object allowlist = services.getApplicationAttribute(ALLOWLIST);
        if (allowlist != null) {
            allowed = (Set<String>) allowlist;
        }
    }

    @Override
    public VelMethod getMethod(Object target, String name, Object[] args, Info info) throws Exception {
        if (target != null) {
            Method method = introspector.getMethod(target.getClass(), name, args);
            if (method != null) {
                check(method, info);
            }
        }
        return super.getMethod(target, name, args, info);
    }

    @Override
    public VelPropertyGet getPropertyGet(Object target, String identifier, Info info) throws Exception {
        VelPropertyGet getter = super.getPropertyGet(target, identifier, info);
        if (getter != null && target != null && getter.getMethodName() != null) {
            Method method = introspector.getMethod(target.getClass(), getter.getMethodName(), new Object[0]);
            if (method != null) {
                check(method, info);
            }
        }
        return getter;
    }

    private void check(Method method, Info info) {
        String owner = method.getDeclaringClass().getName();
        if (owner.startsWith(PLUGIN_PACKAGE) && !owner.startsWith(SANDBOX_PACKAGE)
            && !allowed.contains(signature(method))) {
            throw new IllegalStateException("Velocity allowlist: " + signature(method) + " is called by "
                + info.getTemplateName() + " line " + info.getLine() + " but is not in <velocity-allowlist>");
        }
    }

    /** The allowlist's notation: {@code package.Class#method(param.Type, ...)}. */
    static String signature(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName() + "("
            + Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(", ")) + ")";
    }
}
