package org.mentorhub.sandbox.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.mentorhub.sandbox.host.HostPageBuilderService;
import org.mentorhub.sandbox.host.HostTemplateRenderer;
import org.mentorhub.sandbox.host.PluginDescriptor;
import org.mentorhub.sandbox.host.SandboxUsers;

/**
 * {@code /sandbox/dashboard}: Jira's dashboard in miniature. Every {@code <dashboard-item>} of the plugin is placed
 * once in a narrow and once in a wide column (Jira's "AB" layout), its web resource is required, and
 * {@code sandbox/static/dashboard-host.js} creates it through its AMD module with the dashboard item API.
 * Query parameters stand in for the items' saved preferences, e.g. {@code ?programId=…&weeks=12}; without
 * any, configurable items start in their configuration view.
 */
public final class DashboardPage extends HttpServlet {
    public static final String PATH = "/sandbox/dashboard";
    static final List<String> COLUMNS = List.of("narrow", "wide");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient HostTemplateRenderer renderer;
    private final transient HostPageBuilderService pageBuilder;
    private final transient PluginDescriptor descriptor;
    private final transient I18nResolver pluginI18n;
    private final transient SandboxUsers users;

    public DashboardPage(HostTemplateRenderer renderer, HostPageBuilderService pageBuilder, PluginDescriptor descriptor,
                         I18nResolver pluginI18n, SandboxUsers users) {
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.descriptor = descriptor;
        this.pluginI18n = pluginI18n;
        this.users = users;
    }

    /** One item as the template shows it. */
    public record Item(String key, String title, String amdModule) { }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (users.current().isEmpty()) {
            String here = PATH + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(SandboxPages.LOGIN_PATH + "?returnUrl=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
            return;
        }
        Map<String, String> preferences = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> preferences.put(name, values[0]));
        List<Item> items = descriptor.dashboardItems().stream().map(item -> {
            pageBuilder.assembler().resources().requireWebResource(item.webResourceKey());
            return new Item(item.key(), pluginI18n.getText(item.titleKey()), item.amdModule());
        }).toList();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("items", items);
        context.put("columns", COLUMNS);
        context.put("preferences", JSON.writeValueAsString(preferences));
        response.setContentType("text/html;charset=UTF-8");
        renderer.render("sandbox/dashboard.vm", context, response.getWriter());
    }
}
