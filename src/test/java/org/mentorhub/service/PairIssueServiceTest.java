package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.Attendance;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.IssueKey;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.UserKey;

class PairIssueServiceTest {
    private static final IssueKey ISSUE = new IssueKey("MENTOR-42");

    private final World world = new World();
    private final Program program = world.matchingProgram();

    @Test
    void thePairTheProgramsManagersAndAdministratorsSeeThePanelOthersAndAnonymousVisitorsDoNot() {
        linked(world.activePairing(program));

        for (UserKey allowed : new UserKey[] {world.mentee, world.mentor, world.manager, world.admin}) {
            assertThat(world.as(allowed, () -> world.pairIssues.showsPanel(ISSUE))).as(allowed.value()).isTrue();
            assertThat(world.as(allowed, () -> world.pairIssues.panel(ISSUE))).as(allowed.value()).isPresent();
        }
        for (UserKey refused : new UserKey[] {world.other, null}) {
            assertThat(world.as(refused, () -> world.pairIssues.showsPanel(ISSUE))).isFalse();
            assertThat(world.as(refused, () -> world.pairIssues.panel(ISSUE))).isEmpty();
        }
    }

    @Test
    void anIssueNoPairingIsMirroredByHasNoPanel() {
        world.activePairing(program);

        assertThat(world.as(world.admin, () -> world.pairIssues.showsPanel(ISSUE))).isFalse();
        assertThat(world.as(world.admin, () -> world.pairIssues.panel(ISSUE))).isEmpty();
    }

    @Test
    void anActivePairShowsItsPeopleAgreementAndProgram() {
        Pairing pairing = linked(world.activePairing(program));

        PairIssuePanel panel = world.as(world.mentee, () -> world.pairIssues.panel(ISSUE)).orElseThrow();

        assertThat(panel.pairingId()).isEqualTo(pairing.id());
        assertThat(panel.programName()).isEqualTo(program.settings().name());
        assertThat(panel.status()).isEqualTo(PairingStatus.ACTIVE);
        assertThat(panel.mentor()).isEqualTo(new PairIssuePanel.Member(world.mentor, "mentor", true));
        assertThat(panel.mentees()).containsExactly(new PairIssuePanel.Member(world.mentee, "mentee", true));
        assertThat(panel.agreement()).isEqualTo(new PairIssuePanel.Terms(Period.ofDays(14), Period.ofMonths(6), true));
        assertThat(panel.startDate()).isEqualTo(TestData.TODAY);
        assertThat(panel.endDate()).isEqualTo(TestData.TODAY.plusMonths(6));
    }

    @Test
    void beforeTheAgreementThePanelSaysWhoAcceptedAndNoCheckInIsDue() {
        Pairing accepted = world.acceptedPairing(program);
        linked(accepted);
        PairIssuePanel noTerms = world.as(world.mentor, () -> world.pairIssues.panel(ISSUE)).orElseThrow();
        world.as(world.mentor, () -> world.pairings.setAgreement(accepted.id(), TestData.terms()));
        world.as(world.mentor, () -> world.pairings.acceptAgreement(accepted.id()));
        PairIssuePanel halfway = world.as(world.mentor, () -> world.pairIssues.panel(ISSUE)).orElseThrow();

        assertThat(noTerms.agreement()).isNull();
        assertThat(noTerms.mentor().accepted()).isFalse();
        assertThat(noTerms.startDate()).isNull();
        assertThat(noTerms.nextCheckIn()).isEqualTo(new PairIssuePanel.NextCheckIn(null, null, null, Period.ofDays(14)));
        assertThat(halfway.agreement().acceptedByAll()).isFalse();
        assertThat(halfway.mentor().accepted()).isTrue();
        assertThat(halfway.mentees()).extracting(PairIssuePanel.Member::accepted).containsExactly(false);
    }

    @Test
    void withoutGoalsTheProgressIsEmptyWithGoalsItCountsGoalsAndMilestones() {
        Pairing pairing = linked(world.activePairing(program));
        PairIssuePanel.Progress none = world.as(world.mentee, () -> world.pairIssues.panel(ISSUE)).orElseThrow().progress();
        Goal talk = world.as(world.mentee, () -> world.progress.addGoal(pairing.id(), "Give a talk", null, null));
        world.as(world.mentee, () -> world.progress.addGoal(pairing.id(), "Run a retro", null, null));
        world.as(world.mentee, () -> world.progress.addGoal(pairing.id(), "Write an ADR", null, null));
        Milestone abstractDone = world.as(world.mentee, () -> world.progress.addMilestone(talk.id(), "Submit the abstract", null));
        world.as(world.mentee, () -> world.progress.addMilestone(talk.id(), "Rehearse", null));
        world.as(world.mentee, () -> world.progress.completeMilestone(abstractDone.id()));
        Goal retro = world.as(world.mentee, () -> world.progress.addGoal(pairing.id(), "Pair on a review", null, null));
        world.as(world.mentee, () -> world.progress.completeGoal(retro.id()));

        PairIssuePanel.Progress some = world.as(world.manager, () -> world.pairIssues.panel(ISSUE)).orElseThrow().progress();

        assertThat(none).isEqualTo(new PairIssuePanel.Progress(java.util.List.of(), 0, 0));
        assertThat(none.percent()).isZero();
        assertThat(some.goals()).extracting(PairIssuePanel.Goal::title).containsExactlyInAnyOrder("Give a talk", "Run a retro", "Write an ADR",
                "Pair on a review");
        assertThat(some.goalsDone()).isEqualTo(1);
        assertThat(some.percent()).isEqualTo(25);
        assertThat(some.milestones()).isEqualTo(2);
        assertThat(some.milestonesDone()).isEqualTo(1);
    }

    @Test
    void theNextCheckInIsThePlannedOneElseDueACadenceAfterTheLastHeldOneOrTheStart() {
        Pairing pairing = linked(world.activePairing(program));
        PairIssuePanel.NextCheckIn fresh = nextCheckIn();
        world.clock.advance(Duration.ofDays(10));
        Instant now = world.clock.instant();
        Instant held = now.minus(Duration.ofDays(3));
        log(pairing, held, Attendance.ATTENDED);
        log(pairing, now.minus(Duration.ofDays(1)), Attendance.ABSENT);
        PairIssuePanel.NextCheckIn afterOne = nextCheckIn();
        Instant sooner = now.plus(Duration.ofDays(2));
        log(pairing, now.plus(Duration.ofDays(9)), Attendance.ATTENDED);
        log(pairing, sooner, Attendance.ATTENDED);
        PairIssuePanel.NextCheckIn planned = nextCheckIn();

        assertThat(fresh).isEqualTo(new PairIssuePanel.NextCheckIn(null, null, TestData.TODAY.plusDays(14), Period.ofDays(14)));
        assertThat(afterOne).isEqualTo(new PairIssuePanel.NextCheckIn(null, held, TestData.TODAY.plusDays(7 + 14), Period.ofDays(14)));
        assertThat(planned).isEqualTo(new PairIssuePanel.NextCheckIn(sooner, held, null, Period.ofDays(14)));
    }

    /** The program manager links the pair to the issue. */
    private Pairing linked(Pairing pairing) {
        return world.as(world.manager, () -> world.pairings.linkIssue(pairing.id(), ISSUE));
    }

    private PairIssuePanel.NextCheckIn nextCheckIn() {
        return world.as(world.mentor, () -> world.pairIssues.panel(ISSUE)).orElseThrow().nextCheckIn();
    }

    /** A check-in logged by the mentor, who came; the mentee as given. */
    private void log(Pairing pairing, Instant startsAt, Attendance mentee) {
        world.as(world.mentor, () -> world.sessions.log(pairing.id(), new SessionForm(startsAt, Duration.ofMinutes(45), "Agenda", "Notes",
                "Private", Map.of(world.mentor, Attendance.ATTENDED, world.mentee, mentee))));
    }
}
