package org.mentorhub.sandbox.web;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import org.mentorhub.sandbox.host.HostPageBuilderService;
import org.mentorhub.sandbox.host.HostTemplateRenderer;
import org.mentorhub.sandbox.host.SandboxUsers;

/**
 * Jira's page decorator in miniature: an HTML page that asks for {@code <meta name="decorator">} gets AUI, the
 * web resources it required, and the sandbox's application header with the user switcher.
 */
public final class DecoratorFilter implements Filter {
    private final HostPageBuilderService pageBuilder;
    private final WebResources webResources;
    private final HostTemplateRenderer sandboxRenderer;
    private final SandboxUsers users;

    public DecoratorFilter(HostPageBuilderService pageBuilder, WebResources webResources,
                           HostTemplateRenderer sandboxRenderer, SandboxUsers users) {
        this.pageBuilder = pageBuilder;
        this.webResources = webResources;
        this.sandboxRenderer = sandboxRenderer;
        this.users = users;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        HttpServletRequest httpRequest = (HttpServletRequest) request;
        BufferedResponse buffered = new BufferedResponse((HttpServletResponse) response);
        try {
            chain.doFilter(request, buffered);
            HostPageBuilderService.Assembler required = pageBuilder.drain();
            String body = buffered.body();
            if (buffered.isHtml() && body.contains("name=\"decorator\"")) {
                body = decorate(body, required, httpRequest);
            }
            if (!response.isCommitted() || !body.isEmpty()) {
                response.getWriter().write(body);
            }
        } finally {
            pageBuilder.drain();
        }
    }

    private String decorate(String page, HostPageBuilderService.Assembler required, HttpServletRequest request)
        throws IOException {
        String head = webResources.headTags(required.webResources(), required.contexts());
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("currentUser", users.current().orElse(null));
        context.put("users", users.all());
        context.put("returnUrl", java.net.URLEncoder.encode(request.getRequestURI()
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString()),
            java.nio.charset.StandardCharsets.UTF_8));
        java.io.StringWriter header = new java.io.StringWriter();
        sandboxRenderer.render("sandbox/header.vm", context, header);
        return page
            .replaceFirst("(?i)</head>", java.util.regex.Matcher.quoteReplacement(head + "</head>"))
            .replaceFirst("(?i)<body([^>]*)>", "<body$1>" + java.util.regex.Matcher.quoteReplacement(
                "<div id=\"page\">" + header))
            .replaceFirst("(?i)</body>", "</div></body>");
    }

    /** Holds the page until it is complete so it can be decorated. */
    private static final class BufferedResponse extends HttpServletResponseWrapper {
        private final CharArrayWriter buffer = new CharArrayWriter();
        private final PrintWriter writer = new PrintWriter(buffer);

        BufferedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        boolean isHtml() {
            String type = getContentType();
            return type != null && type.startsWith("text/html");
        }

        String body() {
            writer.flush();
            return buffer.toString();
        }
    }
}
