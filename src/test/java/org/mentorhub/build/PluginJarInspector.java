package org.mentorhub.build;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import java.util.zip.ZipEntry;

/**
 * What Jira's plugin system needs from the jar, checked before Jira sees it: no host classes inside, the descriptor
 * and Spring Scanner files present, a consistent OSGi manifest, and an explicit, versioned import for every host
 * package the bytecode uses (computed with the JDK's jdeps), so a missing import fails here and not at run time.
 */
final class PluginJarInspector {
    static final List<String> FORBIDDEN_PREFIXES = List.of(
        "com/atlassian/", "com/opensymphony/", "net/java/ao/", "org/eclipse/jetty/", "org/glassfish/");
    static final List<String> REQUIRED_ENTRIES = List.of("atlassian-plugin.xml", "META-INF/spring/plugin-context.xml",
        "META-INF/plugin-components/component", "META-INF/plugin-components/imports",
        "META-INF/plugin-components/exports");

    private PluginJarInspector() {
    }

    static List<String> inspect(Path jarPath, String pluginKey) {
        List<String> problems = new ArrayList<>();
        Set<String> ownPackages = new TreeSet<>();
        List<Path> embedded = new ArrayList<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            for (ZipEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                collectClasses(name, "", ownPackages, problems);
                if (name.endsWith(".jar")) {
                    embedded.add(extract(jar, entry));
                }
            }
            for (Path library : embedded) {
                try (JarFile nested = new JarFile(library.toFile())) {
                    String prefix = library.getFileName() + "!/";
                    Collections.list(nested.entries())
                        .forEach(e -> collectClasses(e.getName(), prefix, ownPackages, problems));
                }
            }
            for (String required : REQUIRED_ENTRIES) {
                if (jar.getEntry(required) == null) {
                    problems.add("has no " + required);
                }
            }
            ZipEntry context = jar.getEntry("META-INF/spring/plugin-context.xml");
            if (context != null && !new String(jar.getInputStream(context).readAllBytes(), StandardCharsets.UTF_8)
                .contains("atlassian-scanner:scan-indexes")) {
                problems.add("plugin-context.xml does not enable <atlassian-scanner:scan-indexes/>");
            }
            ZipEntry components = jar.getEntry("META-INF/plugin-components/component");
            if (components != null) {
                for (String line : new String(jar.getInputStream(components).readAllBytes(), StandardCharsets.UTF_8)
                    .split("\n")) {
                    String className = line.split("#", 2)[0].trim();
                    if (!className.isEmpty() && jar.getEntry(className.replace('.', '/') + ".class") == null) {
                        problems.add("component index names " + className + " which is not in the jar");
                    }
                }
            }
            if (jar.getManifest() == null) {
                problems.add("has no manifest");
                return problems;
            }
            Attributes manifest = jar.getManifest().getMainAttributes();
            checkManifest(manifest, pluginKey, problems);
            List<ImportedPackage> imports = ImportedPackage.parse(manifest.getValue("Import-Package"));
            Set<String> used = new TreeSet<>(referencedPackages(List.of(jarPath)));
            if (!embedded.isEmpty()) {
                // One run for all libraries: modular jars (Lucene 9) must find the modules they require.
                used.addAll(referencedPackages(embedded));
            }
            for (String usedPackage : used) {
                if (!usedPackage.startsWith("java.") && !ownPackages.contains(usedPackage)
                    && imports.stream().noneMatch(i -> i.name().equals(usedPackage))) {
                    problems.add("uses package " + usedPackage + " but does not import it");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** Records the package of a class entry and flags host classes, also inside embedded libraries. */
    private static void collectClasses(String name, String location, Set<String> packages, List<String> problems) {
        FORBIDDEN_PREFIXES.stream().filter(name::startsWith).findFirst()
            .ifPresent(prefix -> problems.add("ships host class " + location + name));
        if (name.endsWith(".class") && name.contains("/") && !name.startsWith("META-INF/")) {
            packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
        }
    }

    private static Path extract(JarFile jar, ZipEntry entry) throws IOException {
        Path target = Files.createTempDirectory("embedded").resolve(Path.of(entry.getName()).getFileName());
        try (var in = jar.getInputStream(entry)) {
            Files.copy(in, target);
        }
        target.toFile().deleteOnExit();
        target.getParent().toFile().deleteOnExit();
        return target;
    }

    private static void checkManifest(Attributes manifest, String pluginKey, List<String> problems) {
        if (!pluginKey.equals(manifest.getValue("Atlassian-Plugin-Key"))) {
            problems.add("Atlassian-Plugin-Key is not " + pluginKey);
        }
        String symbolicName = manifest.getValue("Bundle-SymbolicName");
        if (symbolicName == null || !symbolicName.split(";")[0].trim().equals(pluginKey)) {
            problems.add("Bundle-SymbolicName is not " + pluginKey);
        }
        if (manifest.getValue("Spring-Context") == null) {
            problems.add("has no Spring-Context header");
        }
        String importHeader = manifest.getValue("Import-Package");
        if (importHeader == null) {
            problems.add("has no Import-Package header");
            return;
        }
        for (ImportedPackage imported : ImportedPackage.parse(importHeader)) {
            if (imported.name().contains("*")) {
                problems.add("imports a wildcard " + imported.name());
            }
            if (imported.optional()) {
                problems.add("imports " + imported.name() + " optionally; a missing host package must fail the install");
            }
            if (!imported.versioned()) {
                problems.add("imports " + imported.name() + " without a version");
            }
        }
    }

    /** Packages the jars' classes refer to, by jdeps' static analysis of the bytecode (annotations included). */
    static Set<String> referencedPackages(List<Path> jars) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException("no jdeps"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> arguments = new ArrayList<>(List.of("-verbose:package", "--multi-release", "17"));
        jars.forEach(jar -> arguments.add(jar.toString()));
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), arguments.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("jdeps failed: " + err);
        }
        Set<String> packages = new TreeSet<>();
        for (String line : out.toString().split("\n")) {
            // "   org.mentorhub.x   -> com.atlassian.y   not found": indented lines are package dependencies.
            if (line.startsWith(" ") && line.contains("->")) {
                packages.add(line.substring(line.indexOf("->") + 2).trim().split("\\s+")[0]);
            }
        }
        return packages;
    }

    /** One clause of an OSGi Import-Package header. */
    record ImportedPackage(String name, boolean versioned, boolean optional) {

        static List<ImportedPackage> parse(String header) {
            List<ImportedPackage> packages = new ArrayList<>();
            if (header == null) {
                return packages;
            }
            for (String clause : splitOutsideQuotes(header)) {
                String[] parts = clause.split(";");
                String attributes = clause.substring(parts[0].length());
                packages.add(new ImportedPackage(parts[0].trim(), attributes.contains("version="),
                    attributes.replace(" ", "").contains("resolution:=optional")));
            }
            return packages;
        }

        private static List<String> splitOutsideQuotes(String header) {
            List<String> clauses = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean quoted = false;
            for (char c : header.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                }
                if (c == ',' && !quoted) {
                    clauses.add(current.toString());
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
            if (!current.isEmpty()) {
                clauses.add(current.toString());
            }
            return clauses;
        }
    }
}
