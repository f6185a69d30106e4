package org.mentorhub.build;

import static org.mentorhub.sandbox.host.PluginDescriptor.children;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Checks {@code atlassian-plugin.xml} against the code and resources it names, so that a dangling reference fails
 * the build instead of a plugin start in Jira: classes exist with the right supertype, module keys are unique,
 * every referenced file exists, every i18n key used in the descriptor, templates, scripts and Java exists, texts
 * survive {@code MessageFormat}, and {@code plugin-info} declares Data Center compatibility, vendor, version and
 * icons.
 */
final class DescriptorLint {
    /** Module element or child element → the type its class must extend or implement. */
    private static final Map<String, String> CLASS_SUPERTYPES = Map.ofEntries(
        Map.entry("servlet", "javax.servlet.http.HttpServlet"),
        Map.entry("servlet-filter", "javax.servlet.Filter"),
        Map.entry("condition", "com.atlassian.plugin.web.Condition"),
        Map.entry("context-provider", "com.atlassian.plugin.web.ContextProvider"),
        Map.entry("entity", "net.java.ao.RawEntity"),
        Map.entry("upgradeTask", "com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask"));
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\$!?\\{?i18n\\.getText\\(\\s*[\"']([^\"']+)[\"']");
    private static final Pattern SCRIPT_KEY = Pattern.compile("I18n\\.getText\\(\\s*[\"']([^\"']+)[\"']");
    private static final Pattern GADGET_KEY = Pattern.compile("__MSG_([\\w.-]+)__");
    private static final Pattern JAVA_KEY = Pattern.compile("\"(mentorhub\\.[\\w.-]*[\\w-])\"");
    private static final Pattern JAVA_TEMPLATE = Pattern.compile("\"([\\w/.-]+\\.vm)\"");
    private static final Pattern TEMPLATE_PARSE = Pattern.compile("#parse\\(\\s*\"([^\"]+)\"");
    private static final Pattern ALLOWLIST_ENTRY = Pattern.compile("([\\w.$]+)#(\\w+)\\(([^)]*)\\)");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private final Path descriptor;
    private final Path resources;
    private final Path javaSources;
    private final ClassLoader classes;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> texts = new LinkedHashMap<>();

    private DescriptorLint(Path descriptor, Path resources, Path javaSources, ClassLoader classes) {
        this.descriptor = descriptor;
        this.resources = resources;
        this.javaSources = javaSources;
        this.classes = classes;
    }

    /** All problems found; empty when the descriptor is consistent. */
    static List<String> check(Path descriptor, Path resources, Path javaSources, ClassLoader classes) {
        DescriptorLint lint = new DescriptorLint(descriptor, resources, javaSources, classes);
        lint.run();
        return List.copyOf(lint.problems);
    }

    private void run() {
        Element root = parse(descriptor).getDocumentElement();
        String pluginKey = root.getAttribute("key");
        checkPluginInfo(child(root, "plugin-info"));
        Set<String> moduleKeys = new HashSet<>();
        Set<String> webResourceKeys = new HashSet<>();
        for (Element module : children(root)) {
            String key = module.getAttribute("key");
            if (!module.getTagName().equals("plugin-info") && !key.isEmpty() && !moduleKeys.add(key)) {
                problems.add("Duplicate module key '" + key + "'");
            }
            if (module.getTagName().equals("web-resource")) {
                webResourceKeys.add(key);
            }
            if (module.getTagName().equals("resource") && "i18n".equals(module.getAttribute("type"))) {
                loadBundle(module.getAttribute("location"));
            }
        }
        for (Element module : children(root)) {
            checkModule(module, pluginKey, webResourceKeys);
        }
        checkTemplatesAndScripts();
        checkJavaSources();
    }

    private void checkPluginInfo(Element info) {
        if (info == null) {
            problems.add("plugin-info is missing");
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Element param : children(info)) {
            if (param.getTagName().equals("param")) {
                params.put(param.getAttribute("name"), param.getTextContent().trim());
            }
        }
        expectParam(params, "atlassian-data-center-compatible", "true");
        expectParam(params, "atlassian-data-center-status", "compatible");
        for (String icon : List.of("plugin-icon", "plugin-logo")) {
            if (!params.containsKey(icon)) {
                problems.add("plugin-info has no " + icon);
            } else {
                expectResource(params.get(icon), "plugin-info " + icon);
            }
        }
        Element vendor = child(info, "vendor");
        if (vendor == null || vendor.getAttribute("name").isBlank() || vendor.getAttribute("url").isBlank()) {
            problems.add("plugin-info needs a vendor with name and url");
        }
        Element version = child(info, "version");
        if (version == null || version.getTextContent().isBlank()) {
            problems.add("plugin-info has no version");
        }
    }

    private void expectParam(Map<String, String> params, String name, String value) {
        if (!value.equals(params.get(name))) {
            problems.add("plugin-info param " + name + " must be '" + value + "'");
        }
    }

    private void checkModule(Element module, String pluginKey, Set<String> webResourceKeys) {
        String where = module.getTagName() + " '" + module.getAttribute("key") + "'";
        if (!module.getAttribute("i18n-name-key").isEmpty()) {
            expectText(module.getAttribute("i18n-name-key"), where);
        }
        if (module.hasAttribute("class") && CLASS_SUPERTYPES.containsKey(module.getTagName())) {
            expectClass(module.getAttribute("class"), CLASS_SUPERTYPES.get(module.getTagName()), where);
        }
        for (Element child : descendants(module)) {
            String tag = child.getTagName();
            if ((tag.equals("label") || tag.equals("description") || tag.equals("tooltip"))
                && !child.getAttribute("key").isEmpty()) {
                expectText(child.getAttribute("key"), where);
            }
            if (CLASS_SUPERTYPES.containsKey(tag)) {
                String className = child.hasAttribute("class") ? child.getAttribute("class") : child.getTextContent().trim();
                expectClass(className, CLASS_SUPERTYPES.get(tag), where);
            }
            if (tag.equals("resource") && !"i18n".equals(child.getAttribute("type"))) {
                expectResource(child.getAttribute("location"), where);
            }
            if (tag.equals("dependency") && child.getTextContent().trim().startsWith(pluginKey + ":")) {
                String dependency = child.getTextContent().trim().substring(pluginKey.length() + 1);
                if (!webResourceKeys.contains(dependency)) {
                    problems.add(where + " depends on unknown web resource " + dependency);
                }
            }
            if (tag.equals("package") && module.getTagName().equals("rest")) {
                expectPackage(child.getTextContent().trim(), where);
            }
        }
        if (module.getTagName().equals("gadget")) {
            expectResource(module.getAttribute("location"), where);
        }
        if (module.getTagName().equals("velocity-allowlist")) {
            children(module).stream().filter(c -> c.getTagName().equals("method"))
                .forEach(method -> expectMethod(method.getTextContent().trim(), where));
        }
    }

    /** An allowlist entry {@code pkg.Class#name(param.Type, ...)} must name a public method of that class. */
    private void expectMethod(String entry, String where) {
        Matcher parts = ALLOWLIST_ENTRY.matcher(entry);
        if (!parts.matches()) {
            problems.add(where + " has malformed entry " + entry);
            return;
        }
        Optional<Class<?>> type = load(parts.group(1));
        List<String> parameters = parts.group(3).isBlank() ? List.of()
            : Stream.of(parts.group(3).split(",")).map(String::trim).toList();
        boolean exists = type.isPresent() && Stream.of(type.get().getMethods()).anyMatch(m ->
            m.getName().equals(parts.group(2))
                && Stream.of(m.getParameterTypes()).map(Class::getName).toList().equals(parameters));
        if (!exists) {
            problems.add(where + " allows " + entry + " which does not exist");
        }
    }

    private void checkTemplatesAndScripts() {
        for (Path file : files(resources)) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".vm") && !name.endsWith(".js") && !name.endsWith(".xml")) {
                continue;
            }
            String content = read(file);
            String where = resources.relativize(file).toString();
            if (name.endsWith(".vm")) {
                keys(TEMPLATE_KEY, content).forEach(key -> expectTextOrPrefix(key, where));
                keys(TEMPLATE_PARSE, content).forEach(template -> expectResource(template, where));
            } else if (name.endsWith(".js")) {
                keys(SCRIPT_KEY, content).forEach(key -> expectText(key, where));
            } else if (name.endsWith(".xml") && content.contains("<Module")) {
                keys(GADGET_KEY, content).forEach(key -> expectText(key, where));
            }
        }
    }

    private void checkJavaSources() {
        for (Path file : files(javaSources)) {
            if (!file.toString().endsWith(".java")) {
                continue;
            }
            String content = withoutComments(read(file));
            String where = javaSources.relativize(file).toString();
            keys(JAVA_KEY, content).forEach(key -> expectText(key, where));
            keys(JAVA_TEMPLATE, content).forEach(template -> expectResource(template, where));
        }
    }

    /** Java source without block and whole-line comments: a key in a Javadoc example is not a use of it. */
    static String withoutComments(String java) {
        return BLOCK_COMMENT.matcher(java).replaceAll(" ").replaceAll("(?m)^\\s*//.*$", "");
    }

    private void loadBundle(String location) {
        Path bundle = resources.resolve(location.replace('.', '/') + ".properties");
        if (!Files.isRegularFile(bundle)) {
            problems.add("i18n bundle " + location + " does not exist");
            return;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            if (texts.put(key, value) != null) {
                problems.add("i18n key " + key + " is defined twice");
            }
            if (LONE_APOSTROPHE.matcher(value).find()) {
                problems.add("i18n key " + key + " has a single apostrophe; write '' (Jira formats texts with MessageFormat)");
            }
        }
    }

    private void expectText(String key, String where) {
        if (!texts.containsKey(key)) {
            problems.add(where + " uses i18n key " + key + " which no bundle defines");
        }
    }

    /** Keys built at run time ("…status.$state") must at least have a defined key with their literal prefix. */
    private void expectTextOrPrefix(String key, String where) {
        int dynamic = key.indexOf('$');
        if (dynamic < 0) {
            expectText(key, where);
        } else if (texts.keySet().stream().noneMatch(k -> k.startsWith(key.substring(0, dynamic)))) {
            problems.add(where + " uses i18n keys " + key + " but no bundle defines any key starting "
                + key.substring(0, dynamic));
        }
    }

    private void expectResource(String location, String where) {
        if (location == null || location.isBlank() || !Files.isRegularFile(resources.resolve(location))) {
            problems.add(where + " references missing file " + location);
        }
    }

    private void expectPackage(String packageName, String where) {
        if (!Files.isDirectory(javaSources.resolve(packageName.replace('.', '/')))) {
            problems.add(where + " scans package " + packageName + " which has no sources");
        }
    }

    private void expectClass(String className, String supertype, String where) {
        Optional<Class<?>> type = load(className);
        if (type.isEmpty()) {
            problems.add(where + " names class " + className + " which does not exist");
            return;
        }
        Optional<Class<?>> expected = load(supertype);
        if (expected.isEmpty()) {
            problems.add(where + " needs " + supertype + " which is not declared in src/platform-api");
        } else if (!expected.get().isAssignableFrom(type.get())) {
            problems.add(where + " names class " + className + " which is not a " + supertype);
        }
    }

    private Optional<Class<?>> load(String className) {
        try {
            return Optional.of(Class.forName(className, false, classes));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static List<String> keys(Pattern pattern, String content) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = pattern.matcher(content);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static List<Path> files(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalArgumentException("Malformed " + file + ": " + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String tag) {
        return children(parent).stream().filter(e -> e.getTagName().equals(tag)).findFirst().orElse(null);
    }

    private static List<Element> descendants(Element parent) {
        List<Element> all = new ArrayList<>();
        for (Element child : children(parent)) {
            all.add(child);
            all.addAll(descendants(child));
        }
        return all;
    }
}
