package org.mentorhub.sandbox.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import org.mentorhub.sandbox.host.SandboxUser;
import org.mentorhub.sandbox.host.SandboxUsers;

/**
 * Binds the acting user to the request: the user switcher's cookie for browsers, HTTP basic auth (any password)
 * for REST clients and tests, as Jira accepts both.
 */
public final class CurrentUserFilter implements Filter {
    public static final String COOKIE = "mentorhub.sandbox.user";
    private final SandboxUsers users;

    public CurrentUserFilter(SandboxUsers users) {
        this.users = users;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        users.actAs(identify((HttpServletRequest) request).orElse(null));
        try {
            chain.doFilter(request, response);
        } finally {
            users.clear();
        }
    }

    private Optional<SandboxUser> identify(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.startsWith("Basic ")) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            return users.byUsername(decoded.split(":", 2)[0]);
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return users.byKey(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
