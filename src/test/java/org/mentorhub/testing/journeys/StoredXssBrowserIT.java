package org.mentorhub.testing.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorhub.testing.Browser;
import org.mentorhub.testing.BrowserExtension;
import org.mentorhub.testing.StoredXss;
import org.mentorhub.testing.pages.MentorHubStartPage;
import org.mentorhub.testing.pages.UserSwitcherPage;

/** People whose names are script payloads are shown by name, as text, and nothing runs. */
@ExtendWith(BrowserExtension.class)
class StoredXssBrowserIT {

    static List<Integer> payloadIndexes() {
        return IntStream.range(0, StoredXss.PAYLOADS.size()).boxed().toList();
    }

    @Test
    void userSwitcherListsEveryPayloadAsText(Browser browser) {
        UserSwitcherPage.open(browser, "/");

        StoredXss.assertRenderedAsText(browser, StoredXss.PAYLOADS);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void checkFailsWhenAPayloadRuns(Browser browser) {
        String unescaped = "<html><body><p>" + StoredXss.PAYLOADS.get(1) + "</p></body></html>";
        browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(unescaped, StandardCharsets.UTF_8)
            .replace("+", "%20"));

        assertThatThrownBy(() -> StoredXss.assertRenderedAsText(browser, List.of(StoredXss.PAYLOADS.get(1))))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("a payload ran script");
    }

    @ParameterizedTest
    @MethodSource("payloadIndexes")
    void startPageGreetsThePayloadUserByName(int payload, Browser browser) {
        UserSwitcherPage.open(browser, MentorHubStartPage.PATH).pick(StoredXss.userKey(payload));

        MentorHubStartPage start = MentorHubStartPage.current(browser);

        StoredXss.assertRenderedAsText(browser, List.of(StoredXss.PAYLOADS.get(payload)));
        assertThat(start.welcome()).isEqualTo("Welcome, " + StoredXss.PAYLOADS.get(payload) + ".");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
