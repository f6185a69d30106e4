package org.mentorhub.adapter.web;

import com.atlassian.sal.api.user.UserProfile;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** One request to a MentorHub page by a signed-in user: its parameters, path and the means to answer it. */
public final class PageCall {
    /** Confirmations a redirect may name; anything else in {@code done} is ignored. */
    static final String DONE_PREFIX = "mentorhub.web.done.";

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final UserProfile user;
    private final WebPages pages;

    PageCall(HttpServletRequest request, HttpServletResponse response, UserProfile user, WebPages pages) {
        this.request = request;
        this.response = response;
        this.user = user;
        this.pages = pages;
    }

    public UserProfile user() {
        return user;
    }

    /** A parameter's first value, trimmed; the empty string when absent. */
    public String param(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.trim();
    }

    /** Every value of a parameter (checkboxes, multi-selects), trimmed, empty ones dropped. */
    public List<String> params(String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of()
            : Arrays.stream(values).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    /** The path below the servlet's url-pattern split into segments: {@code /abc/edit} is [abc, edit]. */
    public List<String> pathSegments() {
        String info = request.getPathInfo();
        return info == null ? List.of()
            : Arrays.stream(info.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    /** The form as the user sent it, without the XSRF token, to show it again with its errors. */
    Map<String, List<String>> submitted() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, given) -> values.put(name, List.of(given)));
        return values;
    }

    /** A fresh form with the given values, confirming the action that redirected here, if any. */
    public FormState form(Map<String, List<String>> values) {
        String done = param("done");
        return FormState.of(values, done.startsWith(DONE_PREFIX) ? pages.text(done) : null);
    }

    public String text(String key) {
        return pages.text(key);
    }

    public void render(String template, Map<String, Object> model) throws IOException {
        pages.render(request, response, user, template, model);
    }

    void renderError(int status, String message) throws IOException {
        pages.renderError(request, response, user, status, message);
    }

    void setStatus(int status) {
        response.setStatus(status);
    }

    /** Post/redirect/get: to a page below {@link WebPages#ROOT}, confirming with {@code mentorhub.web.done.<done>}. */
    void redirect(Redirect target) throws IOException {
        String separator = target.path().contains("?") ? "&" : "?";
        response.sendRedirect(request.getContextPath() + WebPages.ROOT + target.path() + separator + "done="
            + DONE_PREFIX + target.done());
    }
}
