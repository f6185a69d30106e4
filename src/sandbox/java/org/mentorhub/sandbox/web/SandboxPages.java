package org.mentorhub.sandbox.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.mentorhub.sandbox.DemoUsers;
import org.mentorhub.sandbox.host.HostTemplateRenderer;
import org.mentorhub.sandbox.host.SandboxUser;
import org.mentorhub.sandbox.host.SandboxUsers;

/** The sandbox's own pages: the start page ({@code /}) and the user switcher ({@code /sandbox/login}). */
public final class SandboxPages extends HttpServlet {
    public static final String LOGIN_PATH = "/sandbox/login";
    private final transient HostTemplateRenderer renderer;
    private final transient SandboxUsers users;
    private final String databaseDescription;

    public SandboxPages(HostTemplateRenderer renderer, SandboxUsers users, String databaseDescription) {
        this.renderer = renderer;
        this.users = users;
        this.databaseDescription = databaseDescription;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.equals(LOGIN_PATH)) {
            login(request, response);
        } else if (path.equals("/") || path.isEmpty()) {
            page(response, "sandbox/home.vm", Map.of("database", databaseDescription));
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String returnUrl = safeReturnUrl(request.getParameter("returnUrl"));
        String key = request.getParameter("user");
        if (key == null) {
            page(response, "sandbox/login.vm", Map.of("users", users.all(), "starters", starters(),
                "returnUrl", URLEncoder.encode(returnUrl, StandardCharsets.UTF_8)));
            return;
        }
        Cookie cookie = new Cookie(CurrentUserFilter.COOKIE, "");
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        if (key.isEmpty()) {
            cookie.setMaxAge(0);
        } else if (users.byKey(key).isPresent()) {
            cookie.setValue(key);
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Unknown sandbox user");
            return;
        }
        response.addCookie(cookie);
        response.sendRedirect(returnUrl);
    }

    /** The demo's main characters, first in the switcher, each with what they can try. */
    private List<SandboxUser> starters() {
        return DemoUsers.STARTERS.stream().map(users::byUsername).flatMap(Optional::stream).toList();
    }

    /** Only same-site paths, so the switcher cannot be used as an open redirect. */
    static String safeReturnUrl(String returnUrl) {
        if (returnUrl == null || !returnUrl.startsWith("/") || returnUrl.startsWith("//")) {
            return "/";
        }
        URI uri = URI.create(returnUrl.replace(" ", "%20"));
        return uri.getHost() == null ? returnUrl : "/";
    }

    private void page(HttpServletResponse response, String template, Map<String, Object> values) throws IOException {
        Map<String, Object> context = new LinkedHashMap<>(values);
        context.put("currentUser", users.current().orElse(null));
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(template, context, response.getWriter());
    }

}
