package org.mentorhub.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds small jars by hand to show that each inspector rule fails when its condition is broken. */
class PluginJarInspectorTest {
    private static final String KEY = "org.mentorhub.mentorhub";
    private static final String GOOD_IMPORTS = "com.atlassian.plugin.spring.scanner.annotation.imports;version=\"2.0\","
        + "com.atlassian.sal.api.user;version=\"[4.0,8)\",javax.inject;version=1";

    @TempDir
    Path work;

    @Test
    void aWellFormedBundlePasses() throws IOException {
        assertThat(PluginJarInspector.inspect(jar(GOOD_IMPORTS, Map.of()), KEY)).isEmpty();
    }

    @Test
    void findsHostClassesShippedInTheJar() throws IOException {
        Path jar = jar(GOOD_IMPORTS, Map.of(
            "com/atlassian/sal/api/user/UserKey.class", classBytes(ownClass()),
            "net/java/ao/Entity.class", new byte[] {0},
            "org/eclipse/jetty/server/Server.class", new byte[] {0}));

        assertThat(PluginJarInspector.inspect(jar, KEY)).contains(
            "ships host class com/atlassian/sal/api/user/UserKey.class",
            "ships host class net/java/ao/Entity.class",
            "ships host class org/eclipse/jetty/server/Server.class");
    }

    @Test
    void looksInsideEmbeddedLibraries() throws IOException {
        Path library = work.resolve("library.jar");
        try (OutputStream file = Files.newOutputStream(library); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("com/atlassian/sal/api/user/UserKey.class"));
            out.write(classBytes(ownClass()));
            out.closeEntry();
        }
        Path jar = jar(GOOD_IMPORTS, Map.of("META-INF/lib/library.jar", Files.readAllBytes(library)));

        assertThat(PluginJarInspector.inspect(jar, KEY))
            .containsExactly("ships host class library.jar!/com/atlassian/sal/api/user/UserKey.class");
    }

    @Test
    void findsAHostPackageUsedButNotImported() throws IOException {
        String withoutSal = "com.atlassian.plugin.spring.scanner.annotation.imports;version=\"2.0\",javax.inject;version=1";

        assertThat(PluginJarInspector.inspect(jar(withoutSal, Map.of()), KEY))
            .containsExactly("uses package com.atlassian.sal.api.user but does not import it");
    }

    @Test
    void rejectsWildcardOptionalAndUnversionedImports() throws IOException {
        String loose = GOOD_IMPORTS + ",org.slf4j,*;resolution:=optional";

        assertThat(PluginJarInspector.inspect(jar(loose, Map.of()), KEY)).containsExactlyInAnyOrder(
            "imports org.slf4j without a version",
            "imports a wildcard *",
            "imports * optionally; a missing host package must fail the install",
            "imports * without a version");
    }

    @Test
    void findsMissingDescriptorAndScannerFiles() throws IOException {
        Map<String, byte[]> removed = new LinkedHashMap<>();
        removed.put("atlassian-plugin.xml", null);
        removed.put("META-INF/plugin-components/imports", null);

        assertThat(PluginJarInspector.inspect(jar(GOOD_IMPORTS, removed), KEY))
            .containsExactlyInAnyOrder("has no atlassian-plugin.xml", "has no META-INF/plugin-components/imports");
    }

    @Test
    void findsAComponentIndexNamingAMissingClass() throws IOException {
        Map<String, byte[]> index = Map.of("META-INF/plugin-components/component",
            "org.mentorhub.Gone\n".getBytes(StandardCharsets.UTF_8));

        assertThat(PluginJarInspector.inspect(jar(GOOD_IMPORTS, index), KEY))
            .containsExactly("component index names org.mentorhub.Gone which is not in the jar");
    }

    /** A class of ours that uses SAL's UserManager, javax.inject and a Spring Scanner annotation. */
    private static Class<?> ownClass() {
        return org.mentorhub.build.fixture.SampleComponent.class;
    }

    private Path jar(String importPackage, Map<String, byte[]> overrides) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Atlassian-Plugin-Key", KEY);
        main.putValue("Bundle-SymbolicName", KEY);
        main.putValue("Spring-Context", "*");
        main.putValue("Import-Package", importPackage);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("atlassian-plugin.xml", "<atlassian-plugin/>".getBytes(StandardCharsets.UTF_8));
        entries.put("META-INF/spring/plugin-context.xml",
            "<beans><atlassian-scanner:scan-indexes/></beans>".getBytes(StandardCharsets.UTF_8));
        entries.put("META-INF/plugin-components/component",
            (ownClass().getName() + "\n").getBytes(StandardCharsets.UTF_8));
        entries.put("META-INF/plugin-components/imports", new byte[0]);
        entries.put("META-INF/plugin-components/exports", new byte[0]);
        entries.put(ownClass().getName().replace('.', '/') + ".class", classBytes(ownClass()));
        entries.putAll(overrides);
        Path jar = work.resolve("plugin.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                if (entry.getValue() != null) {
                    out.putNextEntry(new JarEntry(entry.getKey()));
                    out.write(entry.getValue());
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    private static byte[] classBytes(Class<?> type) throws IOException {
        try (var in = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }
}
