package org.mentorhub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.mentorhub.sandbox.host.SandboxUser;
import org.mentorhub.sandbox.host.SandboxUsers;

/**
 * Stored-XSS checks in the browser: data that carries script payloads must show up as plain text and run
 * nothing. Each payload sets {@code window.__xss}; {@link Browser} also makes {@code alert}, {@code confirm} and
 * {@code prompt} set it, so a payload from a wider corpus is caught too.
 *
 * <p>Until the domain stores user-typed text, the carriers are test-only sandbox users whose full name is a
 * payload ({@link #addPayloadUsers}); pages show names in the header, greetings and the user switcher.
 */
public final class StoredXss {
    public static final List<String> PAYLOADS = List.of(
        "<script>window.__xss=1</script>",
        "\"><img src=x onerror=window.__xss=1>",
        "'><svg onload=window.__xss=1>",
        "</textarea><iframe srcdoc=\"<script>parent.__xss=1</script>\">",
        "$i18n.getText('mentorhub.home.title') #set($x = 1) ${x}");
    /** Keys of the payload users: {@code JIRAUSER19000} carries {@code PAYLOADS.get(0)}, and so on. */
    static final int FIRST_USER_NUMBER = 19000;

    private StoredXss() {
    }

    /** Adds one user per payload, with the payload as full name. */
    public static void addPayloadUsers(SandboxUsers users) {
        IntStream.range(0, PAYLOADS.size()).forEach(i -> users.add(new SandboxUser(userKey(i), "xss." + i,
            PAYLOADS.get(i), "xss." + i + "@example.com", Set.of(SandboxUser.USERS))));
    }

    /** The key of the user whose full name is {@code PAYLOADS.get(index)}. */
    public static String userKey(int index) {
        return "JIRAUSER" + (FIRST_USER_NUMBER + index);
    }

    /** Fails if a payload ran on the current page, or if one of {@code payloads} is not visible as text. */
    public static void assertRenderedAsText(Browser browser, List<String> payloads) {
        assertThat(browser.script("return window.__xss === undefined ? null : String(window.__xss);"))
            .as("a payload ran script on %s", browser.currentUrl()).isNull();
        assertThat(browser.script("return document.querySelectorAll('img[src=x], svg[onload], iframe[srcdoc]').length;"))
            .as("payload markup became elements on %s", browser.currentUrl()).isEqualTo(0L);
        assertThat(browser.visibleText()).as("visible text of %s", browser.currentUrl()).contains(payloads);
    }
}
