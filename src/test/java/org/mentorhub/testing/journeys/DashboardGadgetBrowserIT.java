package org.mentorhub.testing.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.Browser;
import org.mentorhub.testing.BrowserExtension;
import org.mentorhub.testing.DashboardDataSet;
import org.mentorhub.testing.DashboardSandbox;
import org.mentorhub.testing.StoredXss;
import org.mentorhub.testing.pages.SandboxDashboardPage;

/**
 * The MentorHub dashboard gadget on the sandbox dashboard, in headless Chromium: it shows the {@link DashboardDataSet}'s
 * figures in a narrow and in a wide column, lays itself out for each, can be configured from scratch, and shows
 * script payloads from program, goal and people data as text.
 */
@ExtendWith({BrowserExtension.class, DashboardSandbox.class})
class DashboardGadgetBrowserIT {

    private static SandboxDashboardPage plainDashboard(Browser browser, DashboardSandbox host) {
        return SandboxDashboardPage.openProgramAs(browser, host.sandbox(), DashboardDataSet.MANAGER,
            host.plain().program().id().toString(), 12);
    }

    @Test
    void showsTheDataSetsFiguresInANarrowAndAWideColumn(Browser browser, DashboardSandbox host) {
        SandboxDashboardPage page = plainDashboard(browser, host);

        for (String column : List.of("narrow", "wide")) {
            SandboxDashboardPage.Gadget gadget = page.gadget(column);
            assertThat(gadget.programHeading()).isEqualTo("Leadership 2025");
            assertThat(gadget.period()).matches("Figures from \\d{4}-\\d{2}-\\d{2} to \\d{4}-\\d{2}-\\d{2}");
            assertThat(gadget.kpi("active-pairs")).isEqualTo("3");
            assertThat(gadget.kpi("check-ins-held")).isEqualTo("2");
            assertThat(gadget.kpi("action-plans-completed")).isEqualTo("1");
            assertThat(gadget.kpi("pairs-at-risk")).isEqualTo("2");
            assertThat(gadget.kpi("goals")).isEqualTo("2 of 5");
            assertThat(gadget.kpi("milestones")).isEqualTo("1 of 4");
            assertThat(gadget.kpi("action-plans")).isEqualTo("1 of 4");
            assertThat(gadget.kpi("paired")).isEqualTo("5 of 7");
            assertThat(gadget.progressFill("goals")).isEqualTo("40%");
            assertThat(gadget.kpi("participation")).isEqualTo("Enrolled: 8. Opted in: 7 (2 mentors, 5 mentees).");
            assertThat(gadget.kpi("goals-completed-in-period")).isEqualTo("2 in this period");
            assertThat(gadget.trend()).isEqualTo(weeksWithLast(12, 2));
            assertThat(gadget.kpi("average-rating")).isEqualTo("4.3 / 5");
            assertThat(gadget.kpi("enps")).isEqualTo("0");
            assertThat(gadget.kpi("confidence-change")).isEqualTo("+2.0");
            assertThat(gadget.kpi("feedback-responses")).isEqualTo("From 2 survey answers in this period.");
            assertThat(gadget.pairsAtRisk()).hasSize(2);
            assertThat(gadget.pairsAtRisk().get(0)).startsWith("Maria Mentor with Mina Mentee")
                .contains("Overdue milestone: Draft the slides (due " + LocalDate.now().minusDays(1) + ")");
            assertThat(gadget.pairsAtRisk().get(1)).startsWith("Omar Okafor with Noor Nasser");
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void laysItselfOutForItsColumnAndFitsItsHeight(Browser browser, DashboardSandbox host) {
        SandboxDashboardPage page = plainDashboard(browser, host);
        SandboxDashboardPage.Gadget narrow = page.gadget("narrow");
        SandboxDashboardPage.Gadget wide = page.gadget("wide");

        assertThat(narrow.width()).isLessThan(wide.width());
        assertThat(narrow.isNarrow()).isTrue();
        assertThat(wide.isWide()).isTrue();
        assertThat(narrow.resizes()).isPositive();
        assertThat(wide.resizes()).isPositive();
        browser.screenshot("dashboard-page");

        int resizesBefore = wide.resizes();
        try {
            browser.resizeViewport(Browser.WIDTH, 2400);
            narrow.screenshot("dashboard-gadget-narrow");
            wide.screenshot("dashboard-gadget-wide");
            browser.resizeViewport(760, Browser.HEIGHT);
            browser.waitFor(driver -> wide.isNarrow());
            assertThat(wide.resizes()).isGreaterThan(resizesBefore);
        } finally {
            browser.resizeViewport(Browser.WIDTH, Browser.HEIGHT);
        }
        browser.waitFor(driver -> wide.isWide());
    }

    @Test
    void aManagerConfiguresAnUnconfiguredGadget(Browser browser, DashboardSandbox host) {
        SandboxDashboardPage page = SandboxDashboardPage.openAs(browser, host.sandbox(), DashboardDataSet.MANAGER, "");
        SandboxDashboardPage.Gadget gadget = page.gadget("narrow");

        assertThat(gadget.isConfiguring()).isTrue();
        assertThat(gadget.programChoices()).contains("Leadership 2025", StoredXss.PAYLOADS.get(3));
        gadget.configure("Leadership 2025", "Last 4 weeks");

        assertThat(gadget.kpi("active-pairs")).isEqualTo("3");
        assertThat(gadget.trend()).isEqualTo(weeksWithLast(4, 2));
        assertThat(page.gadget("wide").isConfiguring()).isTrue();
        StoredXss.assertRenderedAsText(browser, List.of(StoredXss.PAYLOADS.get(3)));
    }

    @Test
    void someoneWhoManagesNoProgramIsToldSo(Browser browser, DashboardSandbox host) {
        SandboxDashboardPage page = SandboxDashboardPage.openAs(browser, host.sandbox(), DashboardDataSet.MINA, "");

        assertThat(page.gadget("narrow").isConfiguring()).isTrue();
        assertThat(browser.visibleText()).contains("You do not manage any mentoring program yet.");
    }

    @Test
    void aProgramTheViewerMayNotSeeShowsTheServersReason(Browser browser, DashboardSandbox host) {
        SandboxDashboardPage.openProgramAs(browser, host.sandbox(), DashboardDataSet.MINA, host.plain().program().id().toString(), 12);

        assertThat(browser.visibleText()).contains("The dashboard could not be loaded.", "You are not allowed to do this.");
    }

    @Test
    void payloadsInProgramGoalAndPeopleDataShowAsText(Browser browser, DashboardSandbox host) {
        SandboxDashboardPage page = SandboxDashboardPage.openProgramAs(browser, host.sandbox(), DashboardDataSet.MANAGER,
            host.storedXss().program().id().toString(), 12);

        assertThat(page.gadget("wide").programHeading()).isEqualTo(StoredXss.PAYLOADS.get(3));
        assertThat(page.gadget("narrow").pairsAtRisk()).anySatisfy(pair -> assertThat(pair)
            .contains(StoredXss.PAYLOADS.get(1)));
        StoredXss.assertRenderedAsText(browser, List.of(StoredXss.PAYLOADS.get(3), StoredXss.PAYLOADS.get(1), StoredXss.PAYLOADS.get(2)));
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("dashboard-stored-xss");
    }

    /** {@code weeks} zero counts but the last, which is {@code last}. */
    private static List<Integer> weeksWithLast(int weeks, int last) {
        List<Integer> counts = new ArrayList<>(Collections.nCopies(weeks, 0));
        counts.set(weeks - 1, last);
        return counts;
    }
}
