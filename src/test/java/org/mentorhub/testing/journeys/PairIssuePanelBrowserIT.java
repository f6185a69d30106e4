package org.mentorhub.testing.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.testing.PeopleData.ADMIN;
import static org.mentorhub.testing.PeopleData.MANAGER;
import static org.mentorhub.testing.PeopleData.MARIA;
import static org.mentorhub.testing.PeopleData.MINA;
import static org.mentorhub.testing.PeopleData.TOM;
import static org.mentorhub.testing.StoredXss.PAYLOADS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.TestData;
import org.mentorhub.testing.Browser;
import org.mentorhub.testing.BrowserExtension;
import org.mentorhub.testing.PeopleData;
import org.mentorhub.testing.Sandbox;
import org.mentorhub.testing.SandboxExtension;
import org.mentorhub.testing.StoredXss;
import org.mentorhub.testing.pages.PairingPage;
import org.mentorhub.testing.pages.SandboxIssuePage;

/**
 * The pair panel on a pairing's Jira issue, in the sandbox's issue view: the pair and the program's managers see who,
 * the agreement, the plan's progress and the next check-in; anyone else sees the issue without it.
 */
@ExtendWith({SandboxExtension.class, BrowserExtension.class})
class PairIssuePanelBrowserIT {

    @Test
    void theMenteeSeesThePairAtAGlanceOnTheIssueAndAnOutsiderSeesTheIssueWithoutIt(Sandbox sandbox, Browser browser) {
        PeopleData data = PeopleData.on(sandbox);
        Program program = data.matchingProgram("Issue panel", 1, List.of(MARIA), List.of(MINA));
        Pairing pairing = data.activePair(program, MARIA, MINA);
        Goal talk = data.addGoal(pairing, MINA, "Give a talk at the guild");
        data.addGoal(pairing, MINA, "Run a retrospective");
        data.addMilestone(talk, MINA, "Submit the abstract");
        data.completeGoal(data.addGoal(pairing, MINA, "Pair on a code review"), MINA);
        Instant next = LocalDateTime.now(ZoneOffset.UTC).plusDays(3).withHour(10).truncatedTo(ChronoUnit.HOURS).toInstant(ZoneOffset.UTC);
        data.planCheckIn(pairing, MARIA, next, "Rehearse the talk");
        String issue = data.linkToNewIssue(pairing);

        SandboxIssuePage mentee = SandboxIssuePage.openAs(browser, MINA, issue);

        assertThat(mentee.issueKey()).isEqualTo(issue);
        assertThat(mentee.panelHeading()).isEqualTo("Mentoring pair");
        assertThat(mentee.program()).startsWith(program.settings().name()).containsIgnoringCase("active");
        assertThat(mentee.status()).isEqualTo("ACTIVE");
        // AUI lozenges show their text in capitals
        assertThat(mentee.people()).containsExactly("Maria Mentor (Mentor) ACCEPTED", "Mina Mentee (Mentee) ACCEPTED");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(mentee.agreement()).contains("Every 14 days, for 6 months.", "Everyone accepted.",
            "From " + today + " to " + today.plusMonths(6));
        assertThat(mentee.goalsDone()).contains("1 of 3 goals done", "0 of 1 milestones done");
        assertThat(mentee.goals()).containsExactlyInAnyOrder("Give a talk at the guild", "Run a retrospective", "Pair on a code review DONE");
        assertThat(mentee.progressPercent()).isEqualTo("33");
        // in the mentee's own time zone, from her profile
        LocalDateTime inBerlin = LocalDateTime.ofInstant(next, ZoneId.of("Europe/Berlin"));
        assertThat(mentee.nextCheckIn()).isEqualTo(inBerlin.toLocalDate() + " " + inBerlin.toLocalTime() + " (Europe/Berlin)");
        assertThat(mentee.sidebar()).doesNotContain("Rehearse the talk");
        browser.screenshot("pair-issue-panel");
        assertThat(browser.consoleErrors()).isEmpty();

        PairingPage pairPage = mentee.openPairPage();
        assertThat(browser.currentPath()).isEqualTo("/plugins/servlet/mentorhub/mine/" + pairing.id());
        assertThat(pairPage.goalTitles()).containsExactlyInAnyOrder("Give a talk at the guild", "Run a retrospective", "Pair on a code review");

        SandboxIssuePage outsider = SandboxIssuePage.openAs(browser, TOM, issue);
        assertThat(outsider.issueKey()).isEqualTo(issue);
        assertThat(outsider.hasPairPanel()).isFalse();
        assertThat(outsider.sidebar()).doesNotContain("Maria Mentor", "Give a talk");

        assertThat(SandboxIssuePage.openAs(browser, MANAGER, issue).hasPairPanel()).isTrue();
        assertThat(SandboxIssuePage.openAs(browser, ADMIN, issue).hasPairPanel()).isTrue();
    }

    @Test
    void anIssueNoPairingIsMirroredByShowsWithoutThePanel(Browser browser) {
        SandboxIssuePage page = SandboxIssuePage.openAs(browser, ADMIN, "NOPAIR-1");

        assertThat(page.issueKey()).isEqualTo("NOPAIR-1");
        assertThat(page.hasPairPanel()).isFalse();
    }

    @Test
    void payloadsInNamesAndGoalTitlesRenderAsTextInThePanel(Sandbox sandbox, Browser browser) {
        PeopleData data = PeopleData.on(sandbox);
        String mentor = ParticipantPagesStoredXssBrowserIT.MENTOR;
        String mentee = ParticipantPagesStoredXssBrowserIT.MENTEE;
        Program enrolling = data.enrollingProgram("Panel payloads", MatchingMode.SELF);
        data.enroll(enrolling, mentor, ParticipantRole.MENTOR, TestData.profile(1));
        data.enroll(enrolling, mentee, ParticipantRole.MENTEE, TestData.profile(0));
        Pairing pairing = data.activePair(data.startMatching(enrolling), mentor, mentee);
        data.addGoal(pairing, mentee, PAYLOADS.get(2));
        data.addGoal(pairing, mentee, PAYLOADS.get(4));
        String issue = data.linkToNewIssue(pairing);

        SandboxIssuePage page = SandboxIssuePage.openAs(browser, mentee, issue);

        assertThat(page.names()).containsExactly(PAYLOADS.get(1), PAYLOADS.get(0));
        assertThat(page.goals()).containsExactlyInAnyOrder(PAYLOADS.get(2), PAYLOADS.get(4));
        StoredXss.assertRenderedAsText(browser, List.of(PAYLOADS.get(0), PAYLOADS.get(1), PAYLOADS.get(2), PAYLOADS.get(4)));
    }
}
