package org.mentorhub.sandbox.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.mentorhub.sandbox.host.PluginDescriptor;

/**
 * Serves the plugin's web-resource files at Jira's URL ({@code /download/resources/<plugin>:<module>/<name>})
 * and writes the tags for required resources. AUI itself (the {@code com.atlassian.auiplugin:ajs} dependency)
 * comes from the npm package, as Jira bundles it. Scripts of a web resource with the {@code jsI18n} transformer
 * are served with their texts filled in, as Jira's web-resource manager does.
 */
public final class WebResources extends HttpServlet {
    public static final String PATH = "/download/resources";
    static final String AUI_DEPENDENCY = "com.atlassian.auiplugin:ajs";
    /** What the host itself provides: AUI, and the web-resource manager's i18n support for the jsI18n transformer. */
    static final Set<String> HOST_DEPENDENCIES = Set.of(AUI_DEPENDENCY,
        "com.atlassian.plugins.atlassian-plugins-webresource-plugin:i18n");
    static final String AUI_TAGS = """
        <link rel="stylesheet" href="/sandbox/static/aui/aui-prototyping.css">
        <script src="/sandbox/static/jquery/jquery.min.js"></script>
        <script src="/sandbox/static/aui/aui-prototyping.js"></script>
        """;
    private static final Map<String, String> CONTENT_TYPES = Map.of(
        "css", "text/css;charset=UTF-8", "js", "application/javascript;charset=UTF-8",
        "png", "image/png", "svg", "image/svg+xml", "xml", "application/xml;charset=UTF-8");

    private final PluginDescriptor descriptor;
    private final transient ClassLoader classLoader;
    private final transient Function<String, String> i18nPatterns;

    /** @param i18nPatterns the plugin's raw i18n text of a key, or null */
    public WebResources(PluginDescriptor descriptor, ClassLoader classLoader, Function<String, String> i18nPatterns) {
        this.descriptor = descriptor;
        this.classLoader = classLoader;
        this.i18nPatterns = i18nPatterns;
    }

    /** AUI plus a tag per file of every required web resource (and those in required contexts), in order. */
    public String headTags(Set<String> requiredKeys, Set<String> requiredContexts) {
        Set<String> ordered = new LinkedHashSet<>();
        requiredKeys.forEach(key -> addWithDependencies(key, ordered));
        descriptor.webResources().stream()
            .filter(w -> w.contexts().stream().anyMatch(requiredContexts::contains))
            .forEach(w -> addWithDependencies(descriptor.key() + ":" + w.key(), ordered));
        StringBuilder tags = new StringBuilder(AUI_TAGS);
        for (String key : ordered) {
            PluginDescriptor.WebResource module = module(key);
            for (PluginDescriptor.Resource resource : module.resources()) {
                String url = PATH + "/" + key + "/" + resource.name();
                if (resource.name().endsWith(".css")) {
                    tags.append("<link rel=\"stylesheet\" href=\"").append(url).append("\">\n");
                } else if (resource.name().endsWith(".js")) {
                    tags.append("<script src=\"").append(url).append("\"></script>\n");
                }
            }
        }
        return tags.toString();
    }

    private void addWithDependencies(String completeKey, Set<String> ordered) {
        if (HOST_DEPENDENCIES.contains(completeKey) || ordered.contains(completeKey)) {
            return;
        }
        module(completeKey).dependencies().forEach(dependency -> addWithDependencies(dependency, ordered));
        ordered.add(completeKey);
    }

    private PluginDescriptor.WebResource module(String completeKey) {
        String[] parts = completeKey.split(":", 2);
        PluginDescriptor.WebResource module = parts.length == 2 && parts[0].equals(descriptor.key())
            ? descriptor.webResource(parts[1]) : null;
        if (module == null) {
            throw new IllegalArgumentException("Unknown web resource " + completeKey);
        }
        return module;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String[] parts = path.split("/", 2);
        PluginDescriptor.WebResource module = null;
        PluginDescriptor.Resource resource = null;
        if (parts.length == 2 && parts[0].startsWith(descriptor.key() + ":")) {
            module = descriptor.webResource(parts[0].substring(descriptor.key().length() + 1));
            if (module != null) {
                resource = module.resources().stream().filter(r -> r.name().equals(parts[1])).findFirst().orElse(null);
            }
        }
        if (resource == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = classLoader.getResourceAsStream(resource.location())) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String extension = resource.name().substring(resource.name().lastIndexOf('.') + 1);
            response.setContentType(CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"));
            if (module.transforms(extension, JsI18nTransformer.KEY)) {
                String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                response.getOutputStream().write(JsI18nTransformer.transform(script, i18nPatterns).getBytes(StandardCharsets.UTF_8));
            } else {
                in.transferTo(response.getOutputStream());
            }
        }
    }
}
