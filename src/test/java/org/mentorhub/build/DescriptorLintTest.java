package org.mentorhub.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorLintTest {
    private static final String VALID = """
        <atlassian-plugin key="org.example.plugin" name="Example" plugins-version="2">
          <plugin-info>
            <version>1.0</version>
            <vendor name="Example" url="https://example.org"/>
            <param name="atlassian-data-center-status">compatible</param>
            <param name="atlassian-data-center-compatible">true</param>
            <param name="plugin-icon">images/icon.png</param>
            <param name="plugin-logo">images/logo.png</param>
          </plugin-info>
          <resource type="i18n" name="i18n" location="i18n/example"/>
          <web-resource key="page">
            <dependency>com.atlassian.auiplugin:ajs</dependency>
            <resource type="download" name="page.js" location="js/page.js"/>
          </web-resource>
          <servlet key="home" i18n-name-key="example.home.name" class="org.mentorhub.adapter.web.HomeServlet">
            <url-pattern>/example</url-pattern>
          </servlet>
          <rest key="rest" path="/example" version="1.0"><package>org.example.rest</package></rest>
        </atlassian-plugin>
        """;

    @TempDir
    Path project;

    @BeforeEach
    void validProject() throws IOException {
        write("atlassian-plugin.xml", VALID);
        write("resources/i18n/example.properties", """
            example.home.name=Home
            example.page.title=It''s a page
            example.status.UP=Up
            """);
        write("resources/images/icon.png", "png");
        write("resources/images/logo.png", "png");
        write("resources/js/page.js", "AJS.I18n.getText('example.page.title');");
        write("resources/templates/page.vm", "<h1>$i18n.getText(\"example.page.title\")</h1> $i18n.getText(\"example.status.$state\")");
        write("java/org/example/rest/Resource.java", "class Resource { String t = \"templates/page.vm\"; }");
    }

    @Test
    void theRealDescriptorIsConsistent() {
        List<String> problems = DescriptorLint.check(Path.of("atlassian-plugin.xml"), Path.of("src/main/resources"),
            Path.of("src/main/java"), getClass().getClassLoader());

        assertThat(problems).isEmpty();
    }

    @Test
    void aConsistentFixturePasses() {
        assertThat(lint()).isEmpty();
    }

    @Test
    void reportsAMissingClassAndAWrongSupertype() throws IOException {
        write("atlassian-plugin.xml", VALID.replace("</atlassian-plugin>", """
              <servlet key="ghost" class="org.example.DoesNotExist"><url-pattern>/g</url-pattern></servlet>
              <servlet key="wrong" class="org.mentorhub.adapter.platform.BuildInfo"><url-pattern>/w</url-pattern></servlet>
            </atlassian-plugin>"""));

        assertThat(lint()).containsExactlyInAnyOrder(
            "servlet 'ghost' names class org.example.DoesNotExist which does not exist",
            "servlet 'wrong' names class org.mentorhub.adapter.platform.BuildInfo which is not a javax.servlet.http.HttpServlet");
    }

    @Test
    void reportsDuplicateModuleKeys() throws IOException {
        write("atlassian-plugin.xml", VALID.replace("key=\"rest\"", "key=\"home\""));

        assertThat(lint()).containsExactly("Duplicate module key 'home'");
    }

    @Test
    void reportsMissingI18nKeysInDescriptorTemplatesScriptsAndJava() throws IOException {
        write("atlassian-plugin.xml", VALID.replace("example.home.name", "example.home.missing"));
        write("resources/templates/other.vm", "$i18n.getText(\"example.nope\") $i18n.getText(\"example.gone.$x\")");
        write("resources/js/page.js", "AJS.I18n.getText('example.js.missing');");
        write("java/org/example/rest/Other.java", """
            /** Example: {@code i18n.getText("mentorhub.in.javadoc")} is documentation, not a use. */
            class Other {
                // "mentorhub.in.comment" neither
                String k = "mentorhub.java.missing";
            }
            """);

        assertThat(lint()).containsExactlyInAnyOrder(
            "servlet 'home' uses i18n key example.home.missing which no bundle defines",
            "templates/other.vm uses i18n key example.nope which no bundle defines",
            "templates/other.vm uses i18n keys example.gone.$x but no bundle defines any key starting example.gone.",
            "js/page.js uses i18n key example.js.missing which no bundle defines",
            "org/example/rest/Other.java uses i18n key mentorhub.java.missing which no bundle defines");
    }

    @Test
    void reportsMissingFiles() throws IOException {
        Files.delete(project.resolve("resources/js/page.js"));
        Files.delete(project.resolve("resources/images/logo.png"));
        write("java/org/example/rest/Resource.java", "class Resource { String t = \"templates/gone.vm\"; }");

        assertThat(lint()).containsExactlyInAnyOrder(
            "web-resource 'page' references missing file js/page.js",
            "plugin-info plugin-logo references missing file images/logo.png",
            "org/example/rest/Resource.java references missing file templates/gone.vm");
    }

    @Test
    void reportsTextsThatMessageFormatWouldMangle() throws IOException {
        write("resources/i18n/example.properties", """
            example.home.name=Home
            example.page.title=It's a page
            example.status.UP=Up
            """);

        assertThat(lint()).containsExactly(
            "i18n key example.page.title has a single apostrophe; write '' (Jira formats texts with MessageFormat)");
    }

    @Test
    void requiresDataCenterMarkersVendorAndIcons() throws IOException {
        write("atlassian-plugin.xml", VALID
            .replace("<param name=\"atlassian-data-center-compatible\">true</param>", "")
            .replace("<vendor name=\"Example\" url=\"https://example.org\"/>", "")
            .replace("<param name=\"plugin-icon\">images/icon.png</param>", ""));

        assertThat(lint()).containsExactlyInAnyOrder(
            "plugin-info param atlassian-data-center-compatible must be 'true'",
            "plugin-info needs a vendor with name and url",
            "plugin-info has no plugin-icon");
    }

    @Test
    void reportsDanglingWebResourceDependenciesAndRestPackages() throws IOException {
        write("atlassian-plugin.xml", VALID
            .replace("<dependency>com.atlassian.auiplugin:ajs</dependency>",
                "<dependency>org.example.plugin:nothing</dependency>")
            .replace("org.example.rest", "org.example.gone"));

        assertThat(lint()).containsExactlyInAnyOrder(
            "web-resource 'page' depends on unknown web resource nothing",
            "rest 'rest' scans package org.example.gone which has no sources");
    }

    @Test
    void reportsVelocityAllowlistEntriesThatNameNoMethod() throws IOException {
        write("atlassian-plugin.xml", VALID.replace("</atlassian-plugin>", """
              <velocity-allowlist key="allow">
                <method>org.mentorhub.service.Health#version()</method>
                <method>org.mentorhub.service.Health#versionHtml()</method>
                <method>org.mentorhub.service.Health#version(java.lang.String)</method>
                <method>not an entry</method>
              </velocity-allowlist>
            </atlassian-plugin>"""));

        assertThat(lint()).containsExactlyInAnyOrder(
            "velocity-allowlist 'allow' allows org.mentorhub.service.Health#versionHtml() which does not exist",
            "velocity-allowlist 'allow' allows org.mentorhub.service.Health#version(java.lang.String) which does not exist",
            "velocity-allowlist 'allow' has malformed entry not an entry");
    }

    private List<String> lint() {
        return DescriptorLint.check(project.resolve("atlassian-plugin.xml"), project.resolve("resources"),
            project.resolve("java"), getClass().getClassLoader());
    }

    private void write(String path, String content) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
