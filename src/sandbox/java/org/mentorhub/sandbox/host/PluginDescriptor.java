package org.mentorhub.sandbox.host;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The parts of {@code atlassian-plugin.xml} a host acts on: servlets, REST, web resources, dashboard items, web panels,
 * i18n, Active Objects.
 */
public record PluginDescriptor(
    String key,
    List<String> i18nLocations,
    List<Servlet> servlets,
    List<Rest> rests,
    List<WebResource> webResources,
    List<DashboardItem> dashboardItems,
    List<WebPanel> webPanels,
    List<ActiveObjectsModule> activeObjects,
    Set<String> velocityAllowlist,
    List<Element> modules) {

    public record Servlet(String key, String className, List<String> urlPatterns) { }

    public record Rest(String key, String path, String version, List<String> packages) {
        /** The URL prefix Jira serves the module under, e.g. {@code /rest/mentorhub/1.0}. */
        public String urlPrefix() {
            return "/rest" + path + "/" + version;
        }
    }

    /** @param transformers the transformer keys per file extension, e.g. {@code js -> [jsI18n]} */
    public record WebResource(String key, List<String> dependencies, List<Resource> resources, List<String> contexts,
                              Map<String, List<String>> transformers) {
        public boolean transforms(String extension, String transformer) {
            return transformers.getOrDefault(extension, List.of()).contains(transformer);
        }
    }

    /** A {@code <dashboard-item>} drawn in the browser by an AMD module, with the web resource that defines it. */
    public record DashboardItem(String key, String titleKey, String amdModule, String webResourceKey, boolean configurable) { }

    /**
     * A {@code <web-panel>} drawn on the server from a Velocity template.
     *
     * @param conditionClass       empty when the panel always shows
     * @param contextProviderClass empty when the template gets the page's context as it is
     */
    public record WebPanel(String key, String location, int weight, String labelKey, String conditionClass,
                           String contextProviderClass, String template) { }

    public record Resource(String type, String name, String location) { }

    public record ActiveObjectsModule(String key, String namespace, List<String> entities, List<String> upgradeTasks) { }

    /** Reads the descriptor the build placed at the classpath root. */
    public static PluginDescriptor load(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the classpath; run ./mvnw test-compile");
            }
            return parse(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read atlassian-plugin.xml", e);
        }
    }

    public static PluginDescriptor parse(InputStream in) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(in);
            Element root = document.getDocumentElement();
            List<String> i18n = new ArrayList<>();
            List<Servlet> servlets = new ArrayList<>();
            List<Rest> rests = new ArrayList<>();
            List<WebResource> webResources = new ArrayList<>();
            List<DashboardItem> dashboardItems = new ArrayList<>();
            List<WebPanel> webPanels = new ArrayList<>();
            List<ActiveObjectsModule> activeObjects = new ArrayList<>();
            Set<String> velocityAllowlist = new TreeSet<>();
            List<Element> modules = new ArrayList<>();
            for (Element module : children(root)) {
                switch (module.getTagName()) {
                    case "plugin-info" -> { }
                    case "resource" -> {
                        if ("i18n".equals(module.getAttribute("type"))) {
                            i18n.add(module.getAttribute("location"));
                        }
                    }
                    case "servlet" -> servlets.add(new Servlet(module.getAttribute("key"),
                        module.getAttribute("class"), texts(module, "url-pattern")));
                    case "rest" -> rests.add(new Rest(module.getAttribute("key"), module.getAttribute("path"),
                        module.getAttribute("version"), texts(module, "package")));
                    case "web-resource" -> webResources.add(new WebResource(module.getAttribute("key"),
                        texts(module, "dependency"), resources(module), texts(module, "context"), transformers(module)));
                    case "dashboard-item" -> dashboardItems.add(dashboardItem(module));
                    case "web-panel" -> webPanels.add(webPanel(module));
                    case "velocity-allowlist" -> velocityAllowlist.addAll(texts(module, "method"));
                    case "ao" -> activeObjects.add(new ActiveObjectsModule(module.getAttribute("key"),
                        module.getAttribute("namespace"), texts(module, "entity"), texts(module, "upgradeTask")));
                    default -> { }
                }
                if (!"plugin-info".equals(module.getTagName())) {
                    modules.add(module);
                }
            }
            return new PluginDescriptor(root.getAttribute("key"), i18n, servlets, rests, webResources, dashboardItems,
                webPanels, activeObjects, Set.copyOf(velocityAllowlist), modules);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("Malformed atlassian-plugin.xml: " + e.getMessage(), e);
        }
    }

    public WebResource webResource(String moduleKey) {
        return webResources.stream().filter(w -> w.key().equals(moduleKey)).findFirst().orElse(null);
    }

    /** The element children of {@code parent}, in document order. */
    public static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }

    private static List<String> texts(Element parent, String tag) {
        return children(parent).stream()
            .filter(e -> e.getTagName().equals(tag))
            .map(e -> e.getTextContent().trim())
            .toList();
    }

    private static Map<String, List<String>> transformers(Element webResource) {
        Map<String, List<String>> byExtension = new LinkedHashMap<>();
        children(webResource).stream().filter(e -> e.getTagName().equals("transformation")).forEach(transformation ->
            byExtension.put(transformation.getAttribute("extension"), children(transformation).stream()
                .filter(e -> e.getTagName().equals("transformer")).map(e -> e.getAttribute("key")).toList()));
        return Map.copyOf(byExtension);
    }

    private static DashboardItem dashboardItem(Element module) {
        Element title = children(module).stream().filter(e -> e.getTagName().equals("definition"))
            .flatMap(definition -> children(definition).stream()).filter(e -> e.getTagName().equals("title"))
            .findFirst().orElseThrow(() -> new IllegalArgumentException("dashboard-item " + module.getAttribute("key")
                + " has no definition/title"));
        return new DashboardItem(module.getAttribute("key"), title.getAttribute("key"), texts(module, "amd-module").get(0),
            texts(module, "web-resource-key").get(0), Boolean.parseBoolean(module.getAttribute("configurable")));
    }

    private static WebPanel webPanel(Element module) {
        Resource view = resources(module).stream().filter(r -> r.name().equals("view") && r.type().equals("velocity")).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("web-panel " + module.getAttribute("key")
                + " has no velocity view resource"));
        String weight = module.getAttribute("weight");
        return new WebPanel(module.getAttribute("key"), module.getAttribute("location"), weight.isEmpty() ? 0 : Integer.parseInt(weight),
            childAttribute(module, "label", "key"), childAttribute(module, "condition", "class"),
            childAttribute(module, "context-provider", "class"), view.location());
    }

    /** The attribute of the first child element with that tag; empty when there is none. */
    private static String childAttribute(Element parent, String tag, String attribute) {
        return children(parent).stream().filter(e -> e.getTagName().equals(tag)).map(e -> e.getAttribute(attribute))
            .findFirst().orElse("");
    }

    private static List<Resource> resources(Element parent) {
        return children(parent).stream()
            .filter(e -> e.getTagName().equals("resource"))
            .map(e -> new Resource(e.getAttribute("type"), e.getAttribute("name"), e.getAttribute("location")))
            .toList();
    }
}
