package org.mentorhub.sandbox.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.mentorhub.sandbox.host.ComponentContainer;
import org.mentorhub.sandbox.host.HostTemplateRenderer;
import org.mentorhub.sandbox.host.PluginDescriptor;
import org.mentorhub.sandbox.host.SandboxUsers;

/**
 * {@code /browse/<ISSUE-KEY>}: Jira's issue view in miniature, for the plugin's issue panels. Every well-formed key is an
 * issue here (the sandbox has no issues of its own); the right column shows the {@code <web-panel>}s of
 * {@link #RIGHT_CONTEXT} whose condition passes for the current user, each rendered with its context provider, under its
 * label, as Jira does. The context carries the viewed {@code issue} only, the one entry the plugin reads.
 */
public final class IssuePage extends HttpServlet {
    public static final String PATH = "/browse";
    /** The issue view's right column: https://developer.atlassian.com/server/jira/platform/web-panel/ and Jira's view issue page. */
    static final String RIGHT_CONTEXT = "atl.jira.view.issue.right.context";
    /** Jira's default project key pattern, followed by the issue number. */
    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}");

    private final transient HostTemplateRenderer sandboxRenderer;
    private final transient HostTemplateRenderer pluginRenderer;
    private final transient I18nResolver pluginI18n;
    private final transient SandboxUsers users;
    private final transient List<Panel> panels;

    /** A web panel with its condition and context provider, created once as Jira creates module instances. */
    private record Panel(PluginDescriptor.WebPanel module, Condition condition, ContextProvider contextProvider) { }

    /** One panel as the page shows it; the HTML is the plugin template's output. */
    public record Shown(String key, String label, String bodyHtml) { }

    public IssuePage(HostTemplateRenderer sandboxRenderer, HostTemplateRenderer pluginRenderer, I18nResolver pluginI18n,
                     SandboxUsers users, PluginDescriptor descriptor, ComponentContainer container) {
        this.sandboxRenderer = sandboxRenderer;
        this.pluginRenderer = pluginRenderer;
        this.pluginI18n = pluginI18n;
        this.users = users;
        this.panels = descriptor.webPanels().stream().filter(panel -> panel.location().equals(RIGHT_CONTEXT))
            .sorted(Comparator.comparingInt(PluginDescriptor.WebPanel::weight))
            .map(panel -> new Panel(panel, panel.conditionClass().isEmpty() ? null : init(container.create(
                    container.load(panel.conditionClass()).asSubclass(Condition.class))),
                panel.contextProviderClass().isEmpty() ? null : init(container.create(
                    container.load(panel.contextProviderClass()).asSubclass(ContextProvider.class)))))
            .toList();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!KEY.matcher(key).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (users.current().isEmpty()) {
            response.sendRedirect(SandboxPages.LOGIN_PATH + "?returnUrl=" + URLEncoder.encode(PATH + "/" + key, StandardCharsets.UTF_8));
            return;
        }
        Map<String, Object> context = Map.of("issue", issue(key));
        List<Shown> shown = panels.stream()
            .filter(panel -> panel.condition() == null || panel.condition().shouldDisplay(context))
            .map(panel -> new Shown(panel.module().key(), pluginI18n.getText(panel.module().labelKey()), render(panel, context)))
            .toList();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("issueKey", key);
        page.put("panels", shown);
        response.setContentType("text/html;charset=UTF-8");
        sandboxRenderer.render("sandbox/issue.vm", page, response.getWriter());
    }

    private String render(Panel panel, Map<String, Object> context) {
        Map<String, Object> panelContext = panel.contextProvider() == null ? context : panel.contextProvider().getContextMap(context);
        StringWriter html = new StringWriter();
        try {
            pluginRenderer.render(panel.module().template(), panelContext, html);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot render web panel " + panel.module().key(), e);
        }
        return html.toString();
    }

    private static <T extends Condition> T init(T condition) {
        condition.init(Map.of());
        return condition;
    }

    private static <T extends ContextProvider> T init(T provider) {
        provider.init(Map.of());
        return provider;
    }

    /** A stand-in issue that knows its key and a summary; any other question is beyond the sandbox. */
    private static Issue issue(String key) {
        return (Issue) Proxy.newProxyInstance(Issue.class.getClassLoader(), new Class<?>[] {Issue.class}, (proxy, method, args) ->
            switch (method.getName()) {
                case "getKey", "toString" -> key;
                case "getSummary" -> "Sandbox issue " + key;
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException("The sandbox issue has no " + method.getName());
            });
    }
}
