package org.mentorhub.testing.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.testing.DashboardDataSet.ADMIN;
import static org.mentorhub.testing.DashboardDataSet.MANAGER;
import static org.mentorhub.testing.DashboardDataSet.MARIA;
import static org.mentorhub.testing.DashboardDataSet.MINA;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.matching.assignment.Objective;
import org.mentorhub.testing.Browser;
import org.mentorhub.testing.BrowserExtension;
import org.mentorhub.testing.pages.EnrollPage;
import org.mentorhub.testing.pages.MyMentoringPage;
import org.mentorhub.testing.pages.PairingPage;
import org.mentorhub.testing.pages.ProgramFormPage;
import org.mentorhub.testing.pages.ProgramPage;
import org.mentorhub.testing.pages.ProgramsPage;
import org.mentorhub.testing.pages.SandboxDashboardPage;
import org.mentorhub.testing.pages.UserSwitcherPage;

/**
 * The whole mentoring cycle in Chromium, every step through MentorHub's own pages as each person would take it: an
 * administrator creates a program that Pat manages, Maria and Mina opt in, Pat runs matching and approves the
 * proposal, the pair agrees on terms, Mina sets a goal with milestones, and when she completes one the program
 * dashboard gadget counts it.
 */
@ExtendWith(BrowserExtension.class)
class MentoringJourneyBrowserIT {

    @Test
    void fromANewProgramToACompletedMilestoneOnTheDashboard(Browser browser) {
        String name = "Journey " + System.nanoTime();
        UserSwitcherPage.open(browser, ProgramsPage.PATH).pick(ADMIN);
        ProgramsPage.open(browser).create().with("name", name).with("matchingMode", "HYBRID")
            .with("managers", "admin, pat.manager").save();
        ProgramPage created = ProgramPage.current(browser, ProgramPage.idInPath(browser));
        String programId = created.id();
        assertThat(created.changeStatus("ENROLLING").status()).isEqualTo("ENROLLING");

        EnrollPage maria = EnrollPage.openAs(browser, MARIA, programId).checkRole("MENTOR").type("mentorCapacity", "2")
            .skill(0, "Public speaking", "EXPERT").careerLevel("LEAD").type("timeZone", "Europe/Berlin")
            .consent("PARTICIPATION").submit();
        assertThat(maria.done()).isEqualTo("You joined the program.");
        EnrollPage mina = EnrollPage.openAs(browser, MINA, programId).checkRole("MENTEE")
            .type("wantedSkills", "public speaking").type("goals", "Give a talk at the guild")
            .careerLevel("PROFESSIONAL").type("timeZone", "Europe/Berlin").consent("PARTICIPATION").submit();
        assertThat(mina.done()).isEqualTo("You joined the program.");
        List<String> minasPairingsBefore = MyMentoringPage.openAs(browser, MINA).pairingIds();

        UserSwitcherPage.open(browser, ProgramsPage.PATH + "/" + programId).pick(MANAGER);
        ProgramPage matching = ProgramPage.current(browser, programId).changeStatus("MATCHING");
        ProgramPage proposed = matching.runMatching(Objective.MAXIMIZE_SCORE.name());
        assertThat(proposed.proposals()).singleElement()
            .satisfies(p -> assertThat(p.mentor() + " / " + p.mentees()).isEqualTo("Maria Mentor / Mina Mentee"));
        ProgramPage approved = proposed.approveSelected(proposed.proposals().get(0));
        assertThat(approved.pairings()).containsExactly("Maria Mentor | Mina Mentee | AGREEING ON TERMS");

        List<String> newPairings = new ArrayList<>(MyMentoringPage.openAs(browser, MINA).pairingIds());
        newPairings.removeAll(minasPairingsBefore);
        assertThat(newPairings).hasSize(1);
        String pairingId = newPairings.get(0);
        PairingPage.openAs(browser, MARIA, pairingId).setTerms("14", "6", "Every two weeks; agenda a day ahead");
        PairingPage mentee = PairingPage.openAs(browser, MINA, pairingId).acceptAgreement();
        assertThat(mentee.status()).isEqualTo("ACTIVE");
        mentee = mentee.addGoal("Give a talk at the guild")
            .addMilestone("Give a talk at the guild", "Draft the slides")
            .addMilestone("Give a talk at the guild", "Rehearse with Maria");
        assertThat(mentee.goalTitles()).containsExactly("Give a talk at the guild");

        SandboxDashboardPage.Gadget before = SandboxDashboardPage.openProgramAs(browser, browser.sandbox(), MANAGER,
            programId, 4).gadget("wide");
        assertThat(before.kpi("active-pairs")).isEqualTo("1");
        assertThat(before.kpi("goals")).isEqualTo("0 of 1");
        assertThat(before.kpi("milestones")).isEqualTo("0 of 2");

        PairingPage.openAs(browser, MINA, pairingId).completeMilestone("Draft the slides");

        SandboxDashboardPage after = SandboxDashboardPage.openProgramAs(browser, browser.sandbox(), MANAGER, programId, 4);
        assertThat(after.gadget("wide").kpi("milestones")).isEqualTo("1 of 2");
        assertThat(after.gadget("wide").kpi("goals")).isEqualTo("0 of 1");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("journey-dashboard-after-milestone");
    }
}
