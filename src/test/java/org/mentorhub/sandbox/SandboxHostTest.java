package org.mentorhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.sandbox.ao.HostDatabase;

/** The sandbox host starts the plugin from its descriptor and index and serves it over real HTTP. */
class SandboxHostTest {
    private static SandboxHost host;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        host = SandboxHost.start(0, HostDatabase.h2InMemory("sandbox-host-test"), DemoUsers.create(),
            Path.of("node_modules"));
    }

    @AfterAll
    static void stop() throws Exception {
        host.close();
    }

    @Test
    void wiresTheIndexedComponents() {
        assertThat(host.container().components()).anyMatch(CoreServices.class::isInstance);
    }

    @Test
    void servesTheHealthEndpoint() throws Exception {
        HttpResponse<String> response = get("rest/mentorhub/1.0/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).matches("\\{\"version\":\"[^\"]+\",\"database\":\\{\"status\":\"UP\",\"type\":\"H2\"}}");
    }

    @Test
    void sendsAnonymousVisitorsOfPluginPagesToTheUserSwitcher() throws Exception {
        HttpResponse<String> response = get("plugins/servlet/mentorhub", null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
            assertThat(location).endsWith("/sandbox/login?returnUrl=%2Fplugins%2Fservlet%2Fmentorhub"));
    }

    @Test
    void theIssueViewTakesIssueKeysOnlyAndSendsAnonymousVisitorsToTheUserSwitcher() throws Exception {
        assertThat(get("browse/MENTOR-1", null).headers().firstValue("Location")).hasValueSatisfying(location ->
            assertThat(location).endsWith("/sandbox/login?returnUrl=%2Fbrowse%2FMENTOR-1"));
        for (String notAKey : List.of("browse", "browse/", "browse/mentor-1", "browse/MENTOR-0", "browse/MENTOR-1/x", "browse/%3Cb%3E-1")) {
            assertThat(get(notAKey, "JIRAUSER10005").statusCode()).as(notAKey).isEqualTo(404);
        }
        HttpResponse<String> unlinked = get("browse/MENTOR-1", "JIRAUSER10005");
        assertThat(unlinked.statusCode()).isEqualTo(200);
        assertThat(unlinked.body()).contains("id=\"sandbox-issue-key\">MENTOR-1<", "id=\"viewissuesidebar\"")
            .doesNotContain("mentorhub-pair-issue-panel");
    }

    @Test
    void decoratesPluginPagesWithAuiAndTheRequiredResources() throws Exception {
        HttpResponse<String> response = get("plugins/servlet/mentorhub", "JIRAUSER10005");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
            .contains("Welcome, Mina Mentee.", "/sandbox/static/aui/aui-prototyping.css",
                "/download/resources/org.mentorhub.mentorhub:mentorhub-page-resources/mentorhub.js",
                "id=\"sandbox-current-user\"");
    }

    @Test
    void servesWebResourceFilesAndAui() throws Exception {
        assertThat(get("download/resources/org.mentorhub.mentorhub:mentorhub-page-resources/mentorhub.css", null)
            .body()).contains(".mentorhub-page");
        assertThat(get("sandbox/static/aui/aui-prototyping.css", null).statusCode()).isEqualTo(200);
        assertThat(get("download/resources/org.mentorhub.mentorhub:mentorhub-page-resources/nope.js", null)
            .statusCode()).isEqualTo(404);
    }

    @Test
    void theUserSwitcherOnlyRedirectsWithinTheSite() throws Exception {
        HttpResponse<String> response = get("sandbox/login?user=JIRAUSER10000&returnUrl=https://evil.example/", null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(c ->
            assertThat(c).startsWith("mentorhub.sandbox.user=JIRAUSER10000"));
    }

    @Test
    void aSecondHostOnTheSamePortFailsToBind() {
        int port = host.baseUrl().getPort();

        assertThatThrownBy(() -> SandboxHost.start(port, HostDatabase.h2InMemory("second"), DemoUsers.create(),
            Path.of("node_modules"))).hasRootCauseInstanceOf(BindException.class);
    }

    @Test
    void theRunCommandExplainsABusyPortInOneLine() throws Exception {
        try (ServerSocket busy = new ServerSocket(0)) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SandboxMain.class.getName(),
                "--port=" + busy.getLocalPort(), "--data=target/sandbox-test-data")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            List<String> errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines().filter(l -> l.startsWith("MentorHub sandbox:")).toList();

            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(errors).containsExactly("MentorHub sandbox: port " + busy.getLocalPort()
                + " is already in use; stop the other process or choose another port with -Dsandbox.port=NNNN");
        }
    }

    private static HttpResponse<String> get(String path, String userKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.baseUrl().resolve(path)).GET();
        if (userKey != null) {
            request.header("Cookie", "mentorhub.sandbox.user=" + userKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
