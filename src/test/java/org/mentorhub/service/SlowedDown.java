package org.mentorhub.service;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.ToLongFunction;

/**
 * A port whose one method pauses after it answers, as a database round trip would, so that racing use cases overlap
 * where a real database would let them; every other method goes straight to the real port.
 */
final class SlowedDown {
    private SlowedDown() {
    }

    /** {@code delegate}, pausing for {@code pause(answer)} milliseconds after each call of the method named {@code method}. */
    static <T, A> T after(Class<T> port, T delegate, String method, ToLongFunction<A> pause) {
        Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (self, called, arguments) -> {
            Object answer;
            try {
                answer = called.invoke(delegate, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (called.getName().equals(method)) {
                @SuppressWarnings("unchecked")
                A typed = (A) answer;
                Thread.sleep(pause.applyAsLong(typed));
            }
            return answer;
        });
        return port.cast(proxy);
    }
}
