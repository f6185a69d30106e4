package org.mentorhub.sandbox.web;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.mentorhub.sandbox.host.SandboxUser;
import org.mentorhub.sandbox.host.SandboxUsers;

/**
 * Enforces the REST v2 access annotations and the XSRF rule the way Jira 10 does before a resource runs:
 * anonymous callers get 401 where a login is needed, logged-in callers 403 where they lack the role, and a
 * state-changing request with a form-style content type needs {@code X-Atlassian-Token: no-check}.
 */
public final class RestAccessFilter implements ContainerRequestFilter {
    static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS = List.of(UnrestrictedAccess.class,
        AnonymousSiteAccess.class, LicensedOnly.class, AdminOnly.class, SystemAdminOnly.class);
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> FORM_TYPES = Set.of(MediaType.APPLICATION_FORM_URLENCODED,
        MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN);

    private final SandboxUsers users;
    private final ObjectMapper json = new ObjectMapper();

    private static final String PLUGIN_PACKAGE = "org.mentorhub.";

    @Context
    private ResourceInfo resourceInfo;

    public RestAccessFilter(SandboxUsers users) {
        this.users = users;
    }

    /** The access annotation that governs {@code method}: its own, else its class's. */
    static Optional<Annotation> accessAnnotation(Method method) {
        return find(method).or(() -> find(method.getDeclaringClass()));
    }

    private static Optional<Annotation> find(AnnotatedElement element) {
        return ACCESS_ANNOTATIONS.stream()
            .map(element::getAnnotation)
            .filter(a -> a != null)
            .map(Annotation.class::cast)
            .findFirst();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null || !method.getDeclaringClass().getName().startsWith(PLUGIN_PACKAGE)) {
            // Jersey's own handlers, such as its OPTIONS answer, are the host's business, not the plugin's.
            return;
        }
        Optional<SandboxUser> user = users.current();
        Class<? extends Annotation> access = accessAnnotation(method)
            .map(Annotation::annotationType)
            .orElseThrow(() -> new IllegalStateException(method + " has no REST access annotation"));
        if (access != UnrestrictedAccess.class && access != AnonymousSiteAccess.class && user.isEmpty()) {
            abort(request, Response.Status.UNAUTHORIZED, "You are not logged in.");
            return;
        }
        boolean allowed = access != AdminOnly.class && access != SystemAdminOnly.class
            || access == AdminOnly.class && user.get().isAdmin()
            || access == SystemAdminOnly.class && user.get().groups().contains(SandboxUser.SYSTEM_ADMINISTRATORS);
        if (!allowed) {
            abort(request, Response.Status.FORBIDDEN, "You do not have permission to do this.");
            return;
        }
        if (failsXsrfCheck(request, method)) {
            abort(request, Response.Status.FORBIDDEN, "XSRF check failed");
        }
    }

    private static boolean failsXsrfCheck(ContainerRequestContext request, Method method) {
        if (!MUTATING.contains(request.getMethod())
            || method.isAnnotationPresent(XsrfProtectionExcluded.class)
            || "no-check".equals(request.getHeaderString("X-Atlassian-Token"))) {
            return false;
        }
        MediaType type = request.getMediaType();
        return type == null || FORM_TYPES.contains(type.getType() + "/" + type.getSubtype());
    }

    private void abort(ContainerRequestContext request, Response.Status status, String message) {
        try {
            String body = json.writeValueAsString(Map.of("errorMessages", List.of(message), "errors", Map.of()));
            request.abortWith(Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
