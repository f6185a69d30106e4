package org.mentorhub.testing.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.testing.DashboardDataSet.ADMIN;
import static org.mentorhub.testing.DashboardDataSet.MANAGER;
import static org.mentorhub.testing.DashboardDataSet.MARIA;
import static org.mentorhub.testing.DashboardDataSet.MINA;
import static org.mentorhub.testing.DashboardDataSet.OMAR;
import static org.mentorhub.testing.DashboardDataSet.TOM;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.domain.CareerLevel;
import org.mentorhub.domain.ConsentScope;
import org.mentorhub.domain.CriteriaWeights;
import org.mentorhub.domain.DateRange;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.ParticipantSource;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramSettings;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.UserKey;
import org.mentorhub.matching.assignment.Objective;
import org.mentorhub.service.EnrollmentForm;
import org.mentorhub.testing.Browser;
import org.mentorhub.testing.BrowserExtension;
import org.mentorhub.testing.SandboxActors;
import org.mentorhub.testing.pages.ProgramFormPage;
import org.mentorhub.testing.pages.ProgramPage;
import org.mentorhub.testing.pages.ProgramsPage;
import org.mentorhub.testing.pages.UserSwitcherPage;
import org.openqa.selenium.By;

/**
 * A program manager's pages in Chromium: creating a program (a field error first), moving it through its lifecycle,
 * and the matching review (run, approve, lock and re-run, reject). Each test seeds a program of its own through the
 * use cases, so the tests share the sandbox without sharing data.
 */
@ExtendWith(BrowserExtension.class)
class ProgramAdminBrowserIT {

    @Test
    void anAdminCreatesAProgramAfterFixingAFieldErrorAndOpensEnrollment(Browser browser) {
        UserSwitcherPage.open(browser, ProgramsPage.PATH).pick(ADMIN);
        ProgramFormPage form = ProgramsPage.open(browser).create();
        assertThat(form.value("managers")).isEqualTo("admin");

        form.with("name", "").with("defaultMentorCapacity", "99").with("criteriaWeights.SKILLS", "11").save();

        ProgramFormPage failed = ProgramFormPage.current(browser);
        assertThat(failed.formError()).isEqualTo("Please correct the fields marked below.");
        assertThat(failed.fieldError("name")).isEqualTo("This field is required.");
        assertThat(failed.fieldError("defaultMentorCapacity")).isEqualTo("Enter a number from 1 to 50.");
        assertThat(failed.fieldError("criteriaWeights.SKILLS")).isEqualTo("Enter a number from 0 to 10.");
        assertThat(failed.value("criteriaWeights.SKILLS")).isEqualTo("11");
        assertThat(browser.consoleErrors()).singleElement().asString().contains("status of 400");
        browser.screenshot("program-form-errors");

        failed.with("name", "Engineering mentoring " + LocalDate.now()).with("defaultMentorCapacity", "3")
            .with("criteriaWeights.SKILLS", "8").with("managers", "admin, pat.manager").save();

        ProgramPage program = ProgramPage.current(browser, ProgramPage.idInPath(browser));
        assertThat(program.done()).isEqualTo("The program was created as a draft.");
        assertThat(program.heading()).isEqualTo("Engineering mentoring " + LocalDate.now());
        assertThat(program.status()).isEqualTo("DRAFT");
        assertThat(program.visibleTextOf(".mentorhub-program-summary")).contains("Skills 8", "Alice Admin, Pat Programme");

        ProgramPage enrolling = program.changeStatus("ENROLLING");
        assertThat(enrolling.done()).isEqualTo("The program status changed.");
        assertThat(enrolling.status()).isEqualTo("ENROLLING");
        assertThat(ProgramsPage.open(browser).programNames()).contains("Engineering mentoring " + LocalDate.now());
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("programs-list");
    }

    @Test
    void theManagerRunsMatchingAndApprovesAProposalWhichBecomesAPairing(Browser browser) {
        Program program = matchingProgram(browser, "Approve");
        ProgramPage page = managerOpens(browser, program);
        assertThat(page.participants()).hasSize(4);
        assertThat(page.kpi("paired")).isEqualTo("0 of 4");

        ProgramPage matched = page.runMatching(Objective.MAXIMIZE_MATCHES_THEN_SCORE.name());

        assertThat(matched.done()).isEqualTo("Matching finished; review the proposals below.");
        List<ProgramPage.Proposal> proposals = matched.proposals();
        assertThat(proposals).hasSize(2);
        assertThat(proposals).allSatisfy(p -> assertThat(p.score()).isBetween(1, 100));
        assertThat(matched.reasons(proposals.get(0))).contains("Same business function", "Same location")
            .anyMatch(reason -> reason.startsWith("Level gap 2"));
        browser.script("document.getElementById('matching').scrollIntoView();");
        browser.screenshot("program-matching-review");

        ProgramPage.Proposal first = proposals.get(0);
        ProgramPage approved = matched.approveSelected(first);

        assertThat(approved.done()).isEqualTo("The pairings were approved.");
        assertThat(approved.pairings()).containsExactly(first.mentor() + " | " + first.mentees() + " | AGREEING ON TERMS");
        assertThat(approved.proposals()).extracting(ProgramPage.Proposal::id).doesNotContain(first.id());
        assertThat(approved.kpi("paired")).isEqualTo("2 of 4");
        assertThat(approved.kpi("accepted-pairs")).isEqualTo("1");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.script("document.getElementById('pairings').scrollIntoView();");
        browser.screenshot("program-page");
    }

    @Test
    void aLockedProposalSurvivesARerunAndUnlocks(Browser browser) {
        Program program = matchingProgram(browser, "Lock");
        ProgramPage page = managerOpens(browser, program).runMatching(Objective.MAXIMIZE_MATCHES_THEN_SCORE.name());
        ProgramPage.Proposal kept = page.proposals().get(1);

        ProgramPage locked = page.decide(kept, "lock");
        assertThat(locked.done()).isEqualTo("The proposal is locked and stays when matching runs again.");
        ProgramPage rerun = locked.runMatching(Objective.MAXIMIZE_SCORE.name());

        assertThat(rerun.proposals()).filteredOn(ProgramPage.Proposal::locked).extracting(ProgramPage.Proposal::id)
            .containsExactly(kept.id());
        ProgramPage unlocked = rerun.decide(rerun.proposals().stream().filter(ProgramPage.Proposal::locked).findFirst().orElseThrow(),
            "unlock");
        assertThat(unlocked.proposals()).noneMatch(ProgramPage.Proposal::locked);
    }

    @Test
    void aRejectedPairIsNeverProposedAgain(Browser browser) {
        Program program = matchingProgram(browser, "Reject");
        ProgramPage page = managerOpens(browser, program).runMatching(Objective.MAXIMIZE_MATCHES_THEN_SCORE.name());
        ProgramPage.Proposal rejected = page.proposals().get(0);
        String pair = rejected.mentor() + " / " + rejected.mentees();

        ProgramPage after = page.decide(rejected, "reject");
        assertThat(after.done()).isEqualTo("The proposal was rejected; this pair will not be proposed again.");
        ProgramPage rerun = after.runMatching(Objective.MAXIMIZE_MATCHES_THEN_SCORE.name());

        assertThat(rerun.proposals()).isNotEmpty()
            .extracting(p -> p.mentor() + " / " + p.mentees()).doesNotContain(pair);
    }

    @Test
    void theRunButtonShowsThatMatchingIsRunningAndCannotBePressedTwice(Browser browser) {
        ProgramPage page = managerOpens(browser, matchingProgram(browser, "Busy"));

        page.pressRunMatchingAndStay();

        assertThat(page.runMatchingButton()).isEqualTo("Matching...");
        assertThat(page.texts("form.mentorhub-run-matching .aui-icon-wait")).hasSize(1);
    }

    @Test
    void approvingNothingIsAFieldErrorNotAFailure(Browser browser) {
        Program program = matchingProgram(browser, "Empty approval");
        ProgramPage page = managerOpens(browser, program).runMatching(Objective.MAXIMIZE_SCORE.name());

        ProgramPage again = page.approveSelected();

        assertThat(again.fieldError("proposals")).isEqualTo("This field is required.");
        assertThat(again.proposals()).hasSize(2);
    }

    @Test
    void addressesNobodyMayUseOrThatLeadNowhereSayWhy(Browser browser) {
        UserSwitcherPage.open(browser, "/plugins/servlet/mentorhub/programs/new").pick(MINA);

        assertThat(errorStatus(browser)).isEqualTo("403");
        assertThat(ProgramsPage.open(browser).visibleTextOf("#mh-create-hint"))
            .isEqualTo("New programs are created by a Jira administrator, who names their managers.");
        browser.open("/plugins/servlet/mentorhub/programs/" + matchingProgram(browser, "Deep links").id() + "/x/y");
        assertThat(errorStatus(browser)).isEqualTo("404");
        browser.open("/plugins/servlet/mentorhub/mine/x/y");
        assertThat(errorStatus(browser)).isEqualTo("404");
    }

    private static String errorStatus(Browser browser) {
        browser.waitFor(driver -> !driver.findElements(By.cssSelector(".mentorhub-error-page")).isEmpty());
        return browser.driver().findElement(By.cssSelector(".mentorhub-error-page")).getAttribute("data-status");
    }

    /**
     * A one-on-one hybrid program in matching, managed by Pat: Maria and Omar (leads, one place each) mentor, Mina
     * and Tom (professionals) are mentees.
     */
    private static Program matchingProgram(Browser browser, String name) {
        SandboxActors actors = SandboxActors.forHost(browser.sandbox().host());
        LocalDate today = LocalDate.now();
        Program draft = actors.as(ADMIN, () -> actors.core().programs().create(new ProgramSettings(name + " " + System.nanoTime(),
            "Pairs for the platform teams", ProgramType.ONE_ON_ONE, MatchingMode.HYBRID,
            new DateRange(today.minusDays(1), today.plusDays(30)), Period.ofMonths(6), Period.ofDays(14), 1,
            CriteriaWeights.balanced(), false, false, null, null, Set.of(new UserKey(MANAGER)))));
        actors.as(MANAGER, () -> actors.core().programs().changeStatus(draft.id(), ProgramStatus.ENROLLING));
        for (String mentor : List.of(MARIA, OMAR)) {
            enroll(actors, draft, mentor, ParticipantRole.MENTOR, CareerLevel.LEAD, 1);
        }
        for (String mentee : List.of(MINA, TOM)) {
            enroll(actors, draft, mentee, ParticipantRole.MENTEE, CareerLevel.PROFESSIONAL, 0);
        }
        return actors.as(MANAGER, () -> actors.core().programs().changeStatus(draft.id(), ProgramStatus.MATCHING));
    }

    private static void enroll(SandboxActors actors, Program program, String user, ParticipantRole role, CareerLevel level,
                               int capacity) {
        actors.as(user, () -> actors.core().enrollment().enroll(program.id(), new EnrollmentForm(EnumSet.of(role),
            ParticipantSource.EMPLOYEE, TestData.profile(level, null, capacity), Set.of(ConsentScope.PARTICIPATION), "v1")));
    }

    private static ProgramPage managerOpens(Browser browser, Program program) {
        UserSwitcherPage.open(browser, ProgramsPage.PATH + "/" + program.id()).pick(MANAGER);
        return ProgramPage.current(browser, program.id().toString());
    }
}
