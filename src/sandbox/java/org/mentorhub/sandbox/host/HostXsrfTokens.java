package org.mentorhub.sandbox.host;

import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Jira's form XSRF protection: a random token in the {@code atlassian.xsrf.token} cookie, echoed by every form as
 * the {@code atl_token} parameter; a form post whose parameter does not match the cookie is refused.
 */
public final class HostXsrfTokens implements XsrfTokenAccessor, XsrfTokenValidator {
    static final String COOKIE = "atlassian.xsrf.token";
    static final String PARAMETER = "atl_token";
    private final SecureRandom random = new SecureRandom();

    @Override
    public String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create) {
        String token = cookieToken(request);
        if (token == null && create) {
            byte[] bytes = new byte[20];
            random.nextBytes(bytes);
            token = HexFormat.of().formatHex(bytes);
            Cookie cookie = new Cookie(COOKIE, token);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        return token;
    }

    @Override
    public boolean validateFormEncodedToken(HttpServletRequest request) {
        String expected = cookieToken(request);
        String given = request.getParameter(PARAMETER);
        return expected != null && given != null && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String getXsrfParameterName() {
        return PARAMETER;
    }

    private static String cookieToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
