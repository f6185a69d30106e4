package org.mentorhub.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.mentorhub.sandbox.host.PluginDescriptor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The dashboard item and the OpenSocial gadget it replaces stay in step: the item loads the web resource that
 * defines its AMD module, it replaces exactly our gadget, and the gadget draws with the same web resource and keeps
 * the same preferences.
 */
class DashboardGadgetModulesTest {
    private static final ClassLoader CLASSES = DashboardGadgetModulesTest.class.getClassLoader();
    private final PluginDescriptor descriptor = PluginDescriptor.load(CLASSES);
    private final Element root = parse("atlassian-plugin.xml").getDocumentElement();

    @Test
    void theDashboardItemLoadsTheWebResourceThatDefinesItsModule() throws IOException {
        PluginDescriptor.DashboardItem item = descriptor.dashboardItems().stream().filter(i -> i.key().equals("mentorhub-dashboard-item"))
            .findFirst().orElseThrow();
        PluginDescriptor.WebResource resource = descriptor.webResource(item.webResourceKey().substring(descriptor.key().length() + 1));

        assertThat(item.webResourceKey()).startsWith(descriptor.key() + ":");
        assertThat(item.configurable()).isTrue();
        assertThat(resource.transforms("js", "jsI18n")).isTrue();
        String scripts = resource.resources().stream().filter(r -> r.name().endsWith(".js")).map(r -> read(r.location()))
            .reduce("", String::concat);
        assertThat(scripts).contains("define('" + item.amdModule() + "'");
    }

    @Test
    void theDashboardItemReplacesOurGadgetAtItsSpecUri() {
        Element gadget = module("gadget", "mentorhub-dashboard-gadget");
        Element item = module("dashboard-item", "mentorhub-dashboard-item");
        String replaced = PluginDescriptor.children(item).stream().filter(e -> e.getTagName().equals("replace-gadget-spec-uri"))
            .findFirst().orElseThrow().getTextContent().trim();

        assertThat(replaced).isEqualTo("rest/gadgets/1.0/g/" + descriptor.key() + ":" + gadget.getAttribute("key") + "/"
            + gadget.getAttribute("location"));
    }

    @Test
    void theGadgetDrawsWithTheSameWebResourceAndKeepsTheSamePreferences() {
        String location = module("gadget", "mentorhub-dashboard-gadget").getAttribute("location");
        String spec = read(location);
        Element gadget = parse(location).getDocumentElement();
        List<String> preferences = PluginDescriptor.children(gadget).stream().filter(e -> e.getTagName().equals("UserPref"))
            .map(e -> e.getAttribute("name")).toList();

        assertThat(spec).contains("#requireResource(\"" + descriptor.dashboardItems().get(0).webResourceKey() + "\")");
        assertThat(preferences).contains("programId", "weeks");
        Matcher saved = Pattern.compile("onSave\\(\\{(.*?)}\\)").matcher(read("js/dashboard-gadget.js"));
        assertThat(saved.find()).isTrue();
        assertThat(saved.group(1)).contains("programId:", "weeks:");
    }

    private Element module(String tag, String key) {
        return PluginDescriptor.children(root).stream()
            .filter(e -> e.getTagName().equals(tag) && e.getAttribute("key").equals(key))
            .findFirst().orElseThrow(() -> new AssertionError("no " + tag + " " + key));
    }

    private static String read(String resource) {
        try (InputStream in = CLASSES.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Document parse(String resource) {
        try (InputStream in = CLASSES.getResourceAsStream(resource)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new AssertionError("cannot parse " + resource, e);
        }
    }
}
