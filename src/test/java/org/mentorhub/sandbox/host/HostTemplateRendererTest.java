package org.mentorhub.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorhub.build.fixture.Greeting;
import org.mentorhub.port.DatabaseStatus;
import org.mentorhub.adapter.web.HomeTask;
import org.mentorhub.service.Health;

class HostTemplateRendererTest {
    private static final String PAYLOAD = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
    private final ClassLoader loader = getClass().getClassLoader();
    private final HostTemplateRenderer renderer = new HostTemplateRenderer(loader,
        new HostI18nResolver(loader, List.of("i18n.mentorhub")), PluginDescriptor.load(loader).velocityAllowlist());

    @Test
    void escapesEveryReferenceLikeJira() {
        String out = renderer.renderFragment("<p>$value</p><p>${value}</p><p>$!value</p>", Map.of("value", PAYLOAD));

        assertThat(out).doesNotContain("<script>", "<img").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void leavesReferencesNamedHtmlAlone() {
        String out = renderer.renderFragment("$bodyHtml|$body", Map.of("bodyHtml", "<b>ok</b>", "body", "<b>no</b>"));

        assertThat(out).isEqualTo("<b>ok</b>|&lt;b&gt;no&lt;/b&gt;");
    }

    @Test
    void escapesI18nTextAndItsArguments() {
        String out = renderer.renderFragment("$i18n.getText(\"mentorhub.home.welcome\", $name)", Map.of("name", PAYLOAD));

        assertThat(out).startsWith("Welcome, &lt;script&gt;").doesNotContain("<img");
    }

    @Test
    void rendersThePluginStartPageWithAHostileUserNameAsText() throws IOException {
        SandboxUser hostile = new SandboxUser("k1", "hostile", PAYLOAD, "h@example.com", Set.of(SandboxUser.USERS));
        Health health = new Health("1.0", new DatabaseStatus(DatabaseStatus.State.UP, "H2"));
        StringWriter out = new StringWriter();

        renderer.render("templates/home.vm", Map.of("user", hostile, "health", health, "admin", true,
            "yours", List.of(new HomeTask("answer", PAYLOAD, PAYLOAD, "/mine/1")), "waiting", List.of()), out);

        assertThat(out.toString())
            .contains("<h1>MentorHub</h1>", "aui-lozenge-success", "Running")
            .contains("Welcome, &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img")
            .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt; asked you to mentor them")
            .doesNotContain("<script>", "<img src=x");
    }

    @Test
    void refusesPluginMethodsMissingFromTheVelocityAllowlist() {
        HostTemplateRenderer strict = new HostTemplateRenderer(loader,
            new HostI18nResolver(loader, List.of("i18n.mentorhub")), Set.of("org.mentorhub.service.Health#version()"));
        Health health = new Health("1.0", new DatabaseStatus(DatabaseStatus.State.UP, "H2"));

        assertThat(strict.renderFragment("$health.version()", Map.of("health", health))).isEqualTo("1.0");
        assertThatThrownBy(() -> strict.renderFragment("$health.healthy()", Map.of("health", health)))
            .hasRootCauseMessage("Velocity allowlist: org.mentorhub.service.Health#healthy() is called by fragment "
                + "line 1 but is not in <velocity-allowlist>");
        assertThatThrownBy(() -> strict.renderFragment("$greeting.text", Map.of("greeting", new Greeting())))
            .rootCause().hasMessageContaining("org.mentorhub.build.fixture.Greeting#getText()");
    }

    @Test
    void resolvesOnlyExistingTemplates() {
        assertThat(renderer.resolve("templates/home.vm")).isTrue();
        assertThat(renderer.resolve("templates/missing.vm")).isFalse();
    }
}
