package org.mentorhub.testing.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.testing.DashboardDataSet.ADMIN;
import static org.mentorhub.testing.DashboardDataSet.MANAGER;
import static org.mentorhub.testing.DashboardDataSet.MINA;
import static org.mentorhub.testing.DashboardDataSet.TOM;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.adapter.ao.AoReportingLines;
import org.mentorhub.domain.CriteriaWeights;
import org.mentorhub.domain.DateRange;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramSettings;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.UserKey;
import org.mentorhub.testing.Browser;
import org.mentorhub.testing.BrowserExtension;
import org.mentorhub.testing.SandboxActors;
import org.mentorhub.testing.StoredXss;
import org.mentorhub.testing.pages.NominationsPage;
import org.mentorhub.testing.pages.ProgramPage;
import org.mentorhub.testing.pages.ProgramsPage;
import org.mentorhub.testing.pages.UserSwitcherPage;

/**
 * Nominations in Chromium: a line manager nominates a report (a field error first), the nominee accepts with their
 * consent (a field error first) and takes part; another nominee declines. Also the stored-XSS check of the admin
 * pages: script payloads in a program's name and description and in a nomination's reason render as text.
 */
@ExtendWith(BrowserExtension.class)
class NominationsBrowserIT {
    static final String LEE_LINE_MANAGER = "JIRAUSER10002";

    @Test
    void aLineManagerNominatesTheirReportWhoAcceptsAndTakesPart(Browser browser) {
        SandboxActors actors = SandboxActors.forHost(browser.sandbox().host());
        Program program = enrollingProgram(actors, "Nominated mentors " + System.nanoTime(), "Mentors for new joiners");
        reportingLines(browser).record(new UserKey(MINA), new UserKey(LEE_LINE_MANAGER));

        UserSwitcherPage.open(browser, NominationsPage.PATH).pick(LEE_LINE_MANAGER);
        NominationsPage lee = NominationsPage.current(browser);
        assertThat(lee.suggestedNominees()).contains("mina.mentee: Mina Mentee");
        NominationsPage failed = lee.nominate(program.id().toString(), "nobody.here", "MENTOR", "");
        assertThat(failed.fieldError("nominee")).isEqualTo("There is no user named nobody.here.");
        NominationsPage noReason = failed.nominate(program.id().toString(), "mina.mentee", "MENTOR", "");
        assertThat(noReason.fieldError("reason")).isEqualTo("This field is required.");
        assertThat(browser.consoleErrors()).hasSize(2).allMatch(error -> error.contains("status of 400"));
        NominationsPage nominated = noReason.nominate(program.id().toString(), "mina.mentee", "MENTOR", "Explains our systems well");
        assertThat(nominated.done()).isEqualTo("The nomination was sent.");
        // The sandbox is shared with other tests' nominations by Lee: only this program's row counts.
        assertThat(nominated.others()).filteredOn(row -> row.contains(program.settings().name())).singleElement().asString()
            .contains( "Mina Mentee", "Lee Linemanager", "Mentor", "Explains our systems well", "PENDING");

        UserSwitcherPage.open(browser, NominationsPage.PATH).pick(MINA);
        NominationsPage mina = NominationsPage.current(browser);
        assertThat(mina.statusForMe(program.settings().name())).isEqualTo("PENDING");
        browser.screenshot("nominations");
        mina.openAcceptForm(program.settings().name()).accept(false, "SENIOR");
        assertThat(mina.fieldError("consent.scopes")).isEqualTo("Taking part requires consent to participate.");
        assertThat(browser.consoleErrors()).singleElement().asString().contains("status of 400");
        browser.screenshot("nomination-accept");
        mina.accept(true, "SENIOR");

        ProgramPage joined = ProgramPage.current(browser, program.id().toString());
        assertThat(joined.done()).isEqualTo("You accepted the nomination and joined the program.");
        assertThat(NominationsPage.open(browser).statusForMe(program.settings().name())).isEqualTo("ACCEPTED");
        assertThat(actors.as(MANAGER, () -> actors.core().enrollment().listForProgram(program.id())))
            .singleElement().satisfies(p -> {
                assertThat(p.user()).isEqualTo(new UserKey(MINA));
                assertThat(p.roles()).containsExactly(ParticipantRole.MENTOR);
            });
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aNomineeDeclines(Browser browser) {
        SandboxActors actors = SandboxActors.forHost(browser.sandbox().host());
        Program program = enrollingProgram(actors, "Declined " + System.nanoTime(), null);
        actors.as(MANAGER, () -> actors.core().nominations().nominate(program.id(), new UserKey(TOM),
            ParticipantRole.MENTEE, "Wants to grow into a lead role"));

        UserSwitcherPage.open(browser, NominationsPage.PATH).pick(TOM);
        NominationsPage declined = NominationsPage.current(browser).decline(program.settings().name());

        assertThat(declined.done()).isEqualTo("You declined the nomination.");
        assertThat(declined.statusForMe(program.settings().name())).isEqualTo("DECLINED");
        assertThat(actors.as(MANAGER, () -> actors.core().enrollment().listForProgram(program.id()))).isEmpty();
    }

    @Test
    void payloadsInProgramAndNominationTextsRenderAsText(Browser browser) {
        SandboxActors actors = SandboxActors.forHost(browser.sandbox().host());
        List<String> payloads = StoredXss.PAYLOADS;
        Program program = enrollingProgram(actors, payloads.get(0) + " " + System.nanoTime(), String.join(" ", payloads));
        actors.as(MANAGER, () -> actors.core().nominations().nominate(program.id(), new UserKey(MINA),
            ParticipantRole.MENTOR, String.join(" ", payloads)));

        UserSwitcherPage.open(browser, ProgramsPage.PATH).pick(MANAGER);
        ProgramsPage.open(browser);
        StoredXss.assertRenderedAsText(browser, List.of(program.settings().name()));
        ProgramPage.open(browser, program.id().toString());
        StoredXss.assertRenderedAsText(browser, payloads);
        browser.open(ProgramsPage.PATH + "/" + program.id() + "/edit");
        StoredXss.assertRenderedAsText(browser, List.of(program.settings().name()));
        NominationsPage.open(browser);
        StoredXss.assertRenderedAsText(browser, payloads);

        UserSwitcherPage.open(browser, NominationsPage.PATH).pick(MINA);
        NominationsPage mina = NominationsPage.current(browser);
        StoredXss.assertRenderedAsText(browser, payloads);
        mina.openAcceptForm(program.settings().name());
        StoredXss.assertRenderedAsText(browser, payloads);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static Program enrollingProgram(SandboxActors actors, String name, String description) {
        LocalDate today = LocalDate.now();
        Program draft = actors.as(ADMIN, () -> actors.core().programs().create(new ProgramSettings(name, description,
            ProgramType.ONE_ON_ONE, MatchingMode.ADMIN, new DateRange(today.minusDays(1), today.plusDays(30)), Period.ofMonths(6),
            Period.ofDays(14), 2, CriteriaWeights.balanced(), false, false, null, null, Set.of(new UserKey(MANAGER)))));
        return actors.as(MANAGER, () -> actors.core().programs().changeStatus(draft.id(), ProgramStatus.ENROLLING));
    }

    private static AoReportingLines reportingLines(Browser browser) {
        return browser.sandbox().host().container().components().stream()
            .filter(AoReportingLines.class::isInstance).map(AoReportingLines.class::cast).findFirst().orElseThrow();
    }
}
