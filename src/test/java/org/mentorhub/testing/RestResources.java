package org.mentorhub.testing;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import org.mentorhub.sandbox.host.ClassScanner;

/** The JAX-RS resources of a package, read by reflection as a host's REST module scans its {@code <package>}. */
public final class RestResources {
    /** The package of {@code <rest>} in atlassian-plugin.xml. */
    public static final String PLUGIN_REST_PACKAGE = "org.mentorhub.adapter.rest";

    /** One resource method: HTTP method, path template below the module's base, Java method. */
    public record Endpoint(String httpMethod, String path, Method method) {
        @Override
        public String toString() {
            return httpMethod + " " + path + " (" + method.getDeclaringClass().getSimpleName() + "#"
                + method.getName() + ")";
        }
    }

    private RestResources() {
    }

    /** Top-level {@code @Path} classes of {@code packageName}, as the host registers them. */
    public static List<Class<?>> resourceClasses(String packageName) {
        return ClassScanner.classesIn(RestResources.class.getClassLoader(), packageName).stream()
            .filter(type -> type.isAnnotationPresent(Path.class))
            .toList();
    }

    /** Public methods that answer an HTTP method ({@code @GET}, {@code @POST}, ...), in a stable order. */
    public static List<Method> resourceMethods(Class<?> resource) {
        return Arrays.stream(resource.getMethods())
            .filter(method -> httpMethod(method).isPresent() && !Modifier.isStatic(method.getModifiers()))
            .sorted(Comparator.comparing(Method::getName))
            .toList();
    }

    public static Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
            .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
            .filter(httpMethod -> httpMethod != null)
            .map(HttpMethod::value)
            .findFirst();
    }

    public static List<Endpoint> endpoints(Class<?> resource) {
        return resourceMethods(resource).stream()
            .map(method -> new Endpoint(httpMethod(method).orElseThrow(), path(resource, method), method))
            .toList();
    }

    /** Class and method {@code @Path} joined, with regular expressions dropped: {@code /programs/{id}}. */
    static String path(Class<?> resource, Method method) {
        String joined = "/" + resource.getAnnotation(Path.class).value()
            + (method.isAnnotationPresent(Path.class) ? "/" + method.getAnnotation(Path.class).value() : "");
        String normalized = joined.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return normalized.length() > 1 && normalized.endsWith("/")
            ? normalized.substring(0, normalized.length() - 1) : normalized;
    }
}
