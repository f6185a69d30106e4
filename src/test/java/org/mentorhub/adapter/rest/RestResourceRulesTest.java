package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.mentorhub.sandbox.host.ClassScanner;
import org.mentorhub.testing.RestResources;

/**
 * Every REST resource method is governed by exactly one explicit REST v2 access annotation (its own or its
 * class's; never the platform default), and no state-changing method opts out of XSRF protection unless it is
 * on the allow-list below.
 */
class RestResourceRulesTest {
    static final String REST_V2_ACCESS_PACKAGE = "com.atlassian.plugins.rest.api.security.annotation";
    /** The access annotations meant for servlets and actions; on a REST resource they are a mistake. */
    static final String SERVLET_ACCESS_PACKAGE = "com.atlassian.annotations.security";
    /** {@code Class#method} of state-changing endpoints allowed to skip the XSRF check, each with a reason. */
    static final Set<String> XSRF_EXCLUSION_ALLOW_LIST = Set.of();
    static final Set<String> MUTATING = Set.of("POST", "PUT", "DELETE", "PATCH");

    @Test
    void pluginResourcesExist() {
        assertThat(RestResources.resourceClasses(RestResources.PLUGIN_REST_PACKAGE)).contains(HealthResource.class);
    }

    @Test
    void everyPluginResourceMethodHasExactlyOneAccessAnnotation() {
        assertThat(accessViolations(RestResources.resourceClasses(RestResources.PLUGIN_REST_PACKAGE))).isEmpty();
    }

    @Test
    void noPluginMutatingMethodSkipsXsrfProtection() {
        assertThat(xsrfViolations(RestResources.resourceClasses(RestResources.PLUGIN_REST_PACKAGE),
            XSRF_EXCLUSION_ALLOW_LIST)).isEmpty();
    }

    @Test
    void accessRuleReportsMissingDoubleAndServletAnnotations() {
        assertThat(accessViolations(List.of(Unguarded.class, Doubled.class, ServletStyle.class)))
            .containsExactlyInAnyOrder(
                "Unguarded#list has no REST v2 access annotation on the method or its class",
                "Doubled carries 2 REST v2 access annotations: AdminOnly, LicensedOnly",
                "Doubled#remove carries 2 REST v2 access annotations: AdminOnly, UnrestrictedAccess",
                "ServletStyle#list carries com.atlassian.annotations.security.AdminOnly; REST resources use "
                    + REST_V2_ACCESS_PACKAGE + ".AdminOnly",
                "ServletStyle#list has no REST v2 access annotation on the method or its class");
    }

    @Test
    void accessRuleAcceptsAMethodOverridingItsClass() {
        assertThat(accessViolations(List.of(Overriding.class))).isEmpty();
    }

    @Test
    void xsrfRuleReportsExcludedMutatingMethodsUnlessAllowed() {
        assertThat(xsrfViolations(List.of(XsrfExcluded.class), Set.of()))
            .containsExactly("XsrfExcluded#create (POST) is @XsrfProtectionExcluded but not on the allow-list");
        assertThat(xsrfViolations(List.of(XsrfExcluded.class), Set.of("XsrfExcluded#create"))).isEmpty();
    }

    static List<String> accessViolations(List<Class<?>> resources) {
        List<Class<? extends Annotation>> restAccess = annotationsIn(REST_V2_ACCESS_PACKAGE);
        List<String> violations = new ArrayList<>();
        for (Class<?> resource : resources) {
            List<String> onClass = names(resource, restAccess);
            servletStyleAnnotations(resource, resource.getSimpleName(), violations);
            if (onClass.size() > 1) {
                violations.add(resource.getSimpleName() + " carries " + onClass.size()
                    + " REST v2 access annotations: " + String.join(", ", onClass));
            }
            for (Method method : RestResources.resourceMethods(resource)) {
                String where = resource.getSimpleName() + "#" + method.getName();
                List<String> onMethod = names(method, restAccess);
                if (onMethod.size() > 1) {
                    violations.add(where + " carries " + onMethod.size() + " REST v2 access annotations: "
                        + String.join(", ", onMethod));
                }
                servletStyleAnnotations(method, where, violations);
                if (onMethod.isEmpty() && onClass.isEmpty()) {
                    violations.add(where + " has no REST v2 access annotation on the method or its class");
                }
            }
        }
        return violations;
    }

    private static void servletStyleAnnotations(AnnotatedElement element, String where, List<String> violations) {
        Arrays.stream(element.getAnnotations())
            .map(Annotation::annotationType)
            .filter(type -> type.getPackageName().equals(SERVLET_ACCESS_PACKAGE) && type != XsrfProtectionExcluded.class)
            .forEach(type -> violations.add(where + " carries " + type.getName()
                + "; REST resources use " + REST_V2_ACCESS_PACKAGE + "." + type.getSimpleName()));
    }

    static List<String> xsrfViolations(List<Class<?>> resources, Set<String> allowList) {
        List<String> violations = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : RestResources.resourceMethods(resource)) {
                String httpMethod = RestResources.httpMethod(method).orElseThrow();
                String where = resource.getSimpleName() + "#" + method.getName();
                boolean excluded = method.isAnnotationPresent(XsrfProtectionExcluded.class)
                    || resource.isAnnotationPresent(XsrfProtectionExcluded.class);
                if (MUTATING.contains(httpMethod) && excluded && !allowList.contains(where)) {
                    violations.add(where + " (" + httpMethod + ") is @XsrfProtectionExcluded but not on the allow-list");
                }
            }
        }
        return violations;
    }

    /** The annotation types declared in {@code packageName}, so a newly declared access level is covered too. */
    private static List<Class<? extends Annotation>> annotationsIn(String packageName) {
        List<Class<? extends Annotation>> annotations = ClassScanner.classesIn(
                RestResourceRulesTest.class.getClassLoader(), packageName).stream()
            .filter(Class::isAnnotation)
            .<Class<? extends Annotation>>map(type -> type.asSubclass(Annotation.class))
            .toList();
        assertThat(annotations).as("annotations in " + packageName).isNotEmpty();
        return annotations;
    }

    private static List<String> names(AnnotatedElement element, List<Class<? extends Annotation>> types) {
        return types.stream().filter(element::isAnnotationPresent).map(Class::getSimpleName).sorted().toList();
    }

    @Path("/unguarded")
    public static class Unguarded {
        @GET
        public String list() {
            return "";
        }
    }

    @Path("/doubled")
    @AdminOnly
    @LicensedOnly
    public static class Doubled {
        @DELETE
        @AdminOnly
        @UnrestrictedAccess
        public void remove() {
        }
    }

    @Path("/servlet-style")
    public static class ServletStyle {
        @GET
        @com.atlassian.annotations.security.AdminOnly
        public String list() {
            return "";
        }
    }

    @Path("/overriding")
    @LicensedOnly
    public static class Overriding {
        @GET
        public String list() {
            return "";
        }

        @PUT
        @AdminOnly
        public void update() {
        }
    }

    @Path("/xsrf")
    @LicensedOnly
    public static class XsrfExcluded {
        @POST
        @XsrfProtectionExcluded
        public void create() {
        }

        @GET
        @XsrfProtectionExcluded
        public String read() {
            return "";
        }
    }
}
