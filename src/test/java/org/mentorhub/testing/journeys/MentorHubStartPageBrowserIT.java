package org.mentorhub.testing.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.Browser;
import org.mentorhub.testing.BrowserExtension;
import org.mentorhub.testing.pages.MentorHubStartPage;
import org.mentorhub.testing.pages.Page;
import org.mentorhub.testing.pages.SandboxHomePage;
import org.mentorhub.testing.pages.UserSwitcherPage;

/** A first visit: from the sandbox's start page, through the user switcher, to MentorHub's start page. */
@ExtendWith(BrowserExtension.class)
class MentorHubStartPageBrowserIT {
    static final String MINA_MENTEE = "JIRAUSER10005";
    static final String ADMIN = org.mentorhub.testing.DashboardDataSet.ADMIN;
    /** AUI 9's application header colour; unstyled, the header would be transparent. */
    static final String AUI_HEADER_BLUE = "rgb(7, 71, 166)";

    @Test
    void anonymousVisitorChoosesMinaAndSeesTheStartPage(Browser browser) {
        SandboxHomePage home = SandboxHomePage.open(browser);
        assertThat(home.actingAs()).isEqualTo("Not logged in");
        assertAuiStyled(home);
        browser.screenshot("sandbox-start-page");

        home.followMentorHubLink();
        UserSwitcherPage switcher = UserSwitcherPage.current(browser);
        assertThat(browser.currentPath()).isEqualTo("/sandbox/login?returnUrl=%2Fplugins%2Fservlet%2Fmentorhub");
        switcher.pick(MINA_MENTEE);

        MentorHubStartPage start = MentorHubStartPage.current(browser);
        assertThat(start.welcome()).isEqualTo("Welcome, Mina Mentee.");
        assertThat(start.actingAs()).isEqualTo("Acting as Mina Mentee");
        assertThat(start.showsSystemStatus()).as("only administrators see the system status").isFalse();
        assertThat(MentorHubStartPage.openAs(browser, ADMIN).databaseState()).isEqualTo("RUNNING");
        start = MentorHubStartPage.openAs(browser, MINA_MENTEE);
        assertAuiStyled(start);
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("mentorhub-start-page");
    }

    @Test
    void theSwitcherOffersTheDemosMainPeopleFirstAndFindsAnyoneByName(Browser browser) {
        UserSwitcherPage switcher = UserSwitcherPage.open(browser, MentorHubStartPage.PATH);

        assertThat(switcher.starters()).hasSize(7);
        assertThat(switcher.starters().get(1)).contains("Pat Programme", "pat.manager", "Program manager of every demo program");
        assertThat(switcher.filterEveryone("linemanager")).containsExactly("Log in as Lee Linemanager");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("sandbox-user-switcher");
    }

    @Test
    void healthLinkShowsTheRunningPlugin(Browser browser) {
        String health = SandboxHomePage.open(browser).followHealthLink();

        assertThat(health).contains("\"status\":\"UP\"", "\"type\":\"H2\"", "\"version\":\"");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void startPageRemembersTheChosenUser(Browser browser) {
        UserSwitcherPage.open(browser, MentorHubStartPage.PATH).pick(MINA_MENTEE);
        MentorHubStartPage.current(browser);

        MentorHubStartPage again = MentorHubStartPage.open(browser);

        assertThat(again.welcome()).isEqualTo("Welcome, Mina Mentee.");
    }

    private static void assertAuiStyled(Page page) {
        assertThat(page.auiStylesheetRules()).as("rules loaded from aui-prototyping.css").isPositive();
        assertThat(page.computedStyle("#header .aui-header", "background-color")).isEqualTo(AUI_HEADER_BLUE);
    }
}
