package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mentorhub.domain.Failures.fieldErrors;
import static org.mentorhub.domain.Failures.messageKey;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.AuditAction;
import org.mentorhub.domain.AuditEntry;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.ForbiddenException;
import org.mentorhub.domain.IssueKey;
import org.mentorhub.domain.MatchScore;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.PairExclusion;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.TrainingMaterial;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.PairingSummary;

class PairingServiceTest {
    private final World world = new World();

    @Test
    void aRequestAcceptedAndAgreedByBothBecomesActive() {
        Program program = world.matchingProgram();

        Pairing active = world.activePairing(program);

        assertThat(active.status()).isEqualTo(PairingStatus.ACTIVE);
        assertThat(active.startDate()).isEqualTo(TestData.TODAY);
        assertThat(active.endDate()).isEqualTo(TestData.TODAY.plusMonths(6));
        assertThat(world.audit(program)).extracting(AuditEntry::action).contains(
                AuditAction.PAIRING_REQUESTED, AuditAction.PAIRING_ACCEPTED, AuditAction.AGREEMENT_SET,
                AuditAction.AGREEMENT_ACCEPTED, AuditAction.PAIRING_ACTIVATED);
    }

    @Test
    void managersProposeWithAScoreWhereTheModeAllowsIt() {
        Program program = world.matchingProgram();
        MatchScore score = new MatchScore(0.7, List.of("mentorhub.match.sharedSkills"), "Both know Java");

        Pairing proposed = world.as(world.manager, () -> world.pairings.propose(program.id(), world.mentor, List.of(world.mentee), score));

        assertThat(proposed.status()).isEqualTo(PairingStatus.PROPOSED);
        assertThat(world.stores.pairings().get(proposed.id()).matchScore()).isEqualTo(score);
    }

    @Test
    void theMatchingModeDecidesWhoMakesPairings() {
        Program selfMatching = world.matchingProgram(ProgramType.ONE_ON_ONE, MatchingMode.SELF);
        World adminWorld = new World();
        Program adminMatching = adminWorld.matchingProgram(ProgramType.ONE_ON_ONE, MatchingMode.ADMIN);

        assertThat(messageKey(ConflictException.class, () -> world.as(world.manager,
                () -> world.pairings.propose(selfMatching.id(), world.mentor, List.of(world.mentee), null))))
                .isEqualTo("mentorhub.pairing.proposalsNotAllowed");
        assertThat(messageKey(ConflictException.class, () -> adminWorld.as(adminWorld.mentee,
                () -> adminWorld.pairings.request(adminMatching.id(), adminWorld.mentor))))
                .isEqualTo("mentorhub.pairing.requestsNotAllowed");
    }

    @Test
    void aFullMentorCannotAcceptAnother() {
        Program program = world.enrolledProgram(ProgramType.ONE_ON_ONE, MatchingMode.HYBRID);
        List<UserKey> more = world.enrollMentees(program, "second", "third", "fourth");
        UserKey second = more.get(0);
        UserKey third = more.get(1);
        UserKey fourth = more.get(2);
        world.startMatching(program);
        Pairing first = world.as(world.mentee, () -> world.pairings.request(program.id(), world.mentor));
        Pairing secondRequest = world.as(second, () -> world.pairings.request(program.id(), world.mentor));
        Pairing thirdRequest = world.as(third, () -> world.pairings.request(program.id(), world.mentor));

        world.as(world.mentor, () -> world.pairings.accept(first.id()));
        world.as(world.mentor, () -> world.pairings.accept(secondRequest.id()));

        assertThat(messageKey(ConflictException.class, () -> world.as(world.mentor, () -> world.pairings.accept(thirdRequest.id()))))
                .isEqualTo("mentorhub.pairing.capacityReached");
        assertThat(world.stores.pairings().get(thirdRequest.id()).status()).isEqualTo(PairingStatus.REQUESTED);
        assertThat(messageKey(ConflictException.class, () -> world.as(fourth, () -> world.pairings.request(program.id(), world.mentor))))
                .isEqualTo("mentorhub.pairing.capacityReached");
    }

    @Test
    void aMenteeWhoIsAlreadyPairedCannotBeAcceptedByASecondMentorWhoseRequestWasWithdrawn() {
        Program program = world.enrolledProgram(ProgramType.ONE_ON_ONE, MatchingMode.HYBRID);
        UserKey secondMentor = world.users.add("second-mentor");
        world.enroll(secondMentor, program, 1, ParticipantRole.MENTOR);
        world.startMatching(program);
        Pairing toFirst = world.as(world.mentee, () -> world.pairings.request(program.id(), world.mentor));
        Pairing toSecond = world.as(world.mentee, () -> world.pairings.request(program.id(), secondMentor));
        world.as(world.mentor, () -> world.pairings.accept(toFirst.id()));

        assertThat(world.stores.pairings().get(toSecond.id()).status()).isEqualTo(PairingStatus.DECLINED);
        assertThat(messageKey(ConflictException.class, () -> world.as(secondMentor, () -> world.pairings.accept(toSecond.id()))))
                .isEqualTo("mentorhub.status.transitionNotAllowed");
    }

    @Test
    void aRequestIsNotRepeatedWhileTheFirstIsOpen() {
        Program program = world.matchingProgram();
        world.as(world.mentee, () -> world.pairings.request(program.id(), world.mentor));

        assertThat(messageKey(ConflictException.class, () -> world.as(world.mentee, () -> world.pairings.request(program.id(), world.mentor))))
                .isEqualTo("mentorhub.pairing.duplicate");
    }

    @Test
    void onlyParticipantsWithTheRightRolesArePaired() {
        Program program = world.matchingProgram();

        assertThat(fieldErrors(() -> world.as(world.manager,
                () -> world.pairings.propose(program.id(), world.other, List.of(world.mentor), null))).all())
                .extracting(e -> e.field() + " " + e.messageKey())
                .containsExactlyInAnyOrder("mentor mentorhub.pairing.notAMentor");
        assertThat(fieldErrors(() -> world.as(world.manager,
                () -> world.pairings.propose(program.id(), world.mentor, List.of(world.other), null))).keysFor("mentees"))
                .containsExactly("mentorhub.pairing.notAMentee");
    }

    @Test
    void whereTrainingIsRequiredOnlyTrainedMentorsArePaired() {
        World trainingWorld = new World();
        Program draft = trainingWorld.as(trainingWorld.admin,
                () -> trainingWorld.programs.create(TestData.withTrainingRequired(trainingWorld.settings(ProgramType.ONE_ON_ONE, MatchingMode.HYBRID))));
        trainingWorld.as(trainingWorld.manager, () -> trainingWorld.programs.changeStatus(draft.id(), ProgramStatus.ENROLLING));
        trainingWorld.enroll(trainingWorld.mentor, draft, 1, ParticipantRole.MENTOR);
        trainingWorld.enroll(trainingWorld.mentee, draft, 0, ParticipantRole.MENTEE);
        TrainingMaterial basics = trainingWorld.as(trainingWorld.manager, () -> trainingWorld.training.addMaterial(draft.id(),
                "Mentoring basics", "https://wiki.example.com/x/1", Set.of(ParticipantRole.MENTOR), true));
        trainingWorld.as(trainingWorld.manager, () -> trainingWorld.programs.changeStatus(draft.id(), ProgramStatus.MATCHING));

        assertThat(messageKey(ConflictException.class, () -> trainingWorld.as(trainingWorld.mentee,
                () -> trainingWorld.pairings.request(draft.id(), trainingWorld.mentor)))).isEqualTo("mentorhub.pairing.mentorNotTrained");

        trainingWorld.as(trainingWorld.mentor, () -> trainingWorld.training.complete(basics.id()));
        Pairing requested = trainingWorld.as(trainingWorld.mentee, () -> trainingWorld.pairings.request(draft.id(), trainingWorld.mentor));
        assertThat(requested.status()).isEqualTo(PairingStatus.REQUESTED);
    }

    @Test
    void groupProgramsPairSeveralMenteesWhoAllTakeAPlace() {
        Program program = world.enrolledProgram(ProgramType.GROUP, MatchingMode.ADMIN);
        List<UserKey> more = world.enrollMentees(program, "second", "third");
        UserKey second = more.get(0);
        UserKey third = more.get(1);
        world.startMatching(program);

        Pairing group = world.as(world.manager, () -> world.pairings.propose(program.id(), world.mentor, List.of(world.mentee, second), null));
        Pairing accepted = world.as(world.mentor, () -> world.pairings.accept(group.id()));

        assertThat(accepted.mentees()).containsExactly(world.mentee, second);
        assertThat(messageKey(ConflictException.class, () -> world.as(world.manager,
                () -> world.pairings.propose(program.id(), world.mentor, List.of(third), null)))).isEqualTo("mentorhub.pairing.capacityReached");
    }

    @Test
    void aMenteeMayDeclineAProposalAndOnlyTheMentorAccepts() {
        Program program = world.matchingProgram();
        Pairing proposed = world.as(world.manager, () -> world.pairings.propose(program.id(), world.mentor, List.of(world.mentee), null));

        assertThat(messageKey(ForbiddenException.class, () -> world.as(world.mentee, () -> world.pairings.accept(proposed.id()))))
                .isEqualTo("mentorhub.auth.forbidden");
        Pairing declined = world.as(world.mentee, () -> world.pairings.decline(proposed.id()));

        assertThat(declined.status()).isEqualTo(PairingStatus.DECLINED);
        assertThat(messageKey(ConflictException.class, () -> world.as(world.mentor, () -> world.pairings.accept(proposed.id()))))
                .isEqualTo("mentorhub.status.transitionNotAllowed");
    }

    @Test
    void aMentorsDeclineIsFinalForThePairWhileAMenteeMayWithdrawAndAskAgain() {
        Program program = world.matchingProgram();
        Pairing request = world.as(world.mentee, () -> world.pairings.request(program.id(), world.mentor));
        world.as(world.mentee, () -> world.pairings.decline(request.id()));
        Pairing again = world.as(world.mentee, () -> world.pairings.request(program.id(), world.mentor));

        world.as(world.mentor, () -> world.pairings.decline(again.id()));

        assertThat(messageKey(ConflictException.class, () -> world.as(world.mentee, () -> world.pairings.request(program.id(), world.mentor))))
                .isEqualTo("mentorhub.pairing.declinedBefore");
        assertThat(messageKey(ConflictException.class, () -> world.as(world.manager,
                () -> world.pairings.propose(program.id(), world.mentor, List.of(world.mentee), null))))
                .isEqualTo("mentorhub.pairing.declinedBefore");
        assertThat(world.stores.matchingDecisions().listExclusions(program.id()))
                .extracting(e -> e.mentor() + " " + e.mentee() + " " + e.reason() + " by " + e.decidedBy())
                .containsExactly("mentor mentee DECLINED by mentor");
    }

    @Test
    void aMenteeWhoDeclinesAProposalIsNotProposedThatMentorAgain() {
        Program program = world.matchingProgram();
        Pairing proposed = world.as(world.manager, () -> world.pairings.propose(program.id(), world.mentor, List.of(world.mentee), null));

        world.as(world.mentee, () -> world.pairings.decline(proposed.id()));

        assertThat(messageKey(ConflictException.class, () -> world.as(world.manager,
                () -> world.pairings.propose(program.id(), world.mentor, List.of(world.mentee), null))))
                .isEqualTo("mentorhub.pairing.declinedBefore");
    }

    @Test
    void aPairTheManagerExcludedIsNeitherProposedNorAccepted() {
        Program program = world.matchingProgram();
        Pairing requested = world.as(world.mentee, () -> world.pairings.request(program.id(), world.mentor));
        world.stores.matchingDecisions().saveExclusion(new PairExclusion(program.id(), world.mentor, world.mentee,
                PairExclusion.Reason.EXCLUDED_BY_MANAGER, world.manager, TestData.NOW));

        assertThat(messageKey(ConflictException.class, () -> world.as(world.mentor, () -> world.pairings.accept(requested.id()))))
                .isEqualTo("mentorhub.pairing.excluded");
        assertThat(world.stores.pairings().get(requested.id()).status()).isEqualTo(PairingStatus.REQUESTED);
    }

    @Test
    void pairingsEndCompletedOrEarly() {
        Program program = world.matchingProgram();
        Pairing active = world.activePairing(program);
        world.clock.advance(Duration.ofDays(30));

        Pairing completed = world.as(world.mentor, () -> world.pairings.complete(active.id()));

        assertThat(completed.status()).isEqualTo(PairingStatus.COMPLETED);
        assertThat(completed.endDate()).isEqualTo(TestData.TODAY.plusDays(30));
        assertThat(messageKey(ConflictException.class, () -> world.as(world.mentee, () -> world.pairings.endEarly(active.id()))))
                .isEqualTo("mentorhub.status.transitionNotAllowed");
    }

    @Test
    void managersOverseeEveryPairingWithItsProgress() {
        Program program = world.matchingProgram();
        Pairing active = world.activePairing(program);
        world.as(world.mentee, () -> world.progress.addGoal(active.id(), "Run a retro", null, null));

        List<PairingSummary> overview = world.as(world.manager, () -> world.pairings.overview(program.id()));

        assertThat(overview).extracting(PairingSummary::goals, PairingSummary::goalsDone).containsExactly(tuple(1, 0));
        assertThat(overview.get(0).pairing().id()).isEqualTo(active.id());
    }

    @Test
    void everyoneSeesTheirOwnPairingsAcrossProgramsWithCounterpartsAndProgress() {
        Program program = world.matchingProgram();
        Pairing active = world.activePairing(program);
        world.as(world.mentee, () -> world.progress.addGoal(active.id(), "Run a retro", null, null));
        Program group = world.enrolledProgram(ProgramType.GROUP, MatchingMode.HYBRID);
        UserKey fellow = world.enrollMentees(group, "fellow").get(0);
        world.startMatching(group);
        Pairing proposed = world.as(world.manager, () -> world.pairings.propose(group.id(), world.mentor, List.of(fellow, world.mentee), null));

        List<MyPairing> mentees = world.as(world.mentee, () -> world.pairings.mine());
        List<MyPairing> mentors = world.as(world.mentor, () -> world.pairings.mine());

        assertThat(mentees).extracting(p -> p.pairing().id(), MyPairing::programName, MyPairing::role, MyPairing::counterparts,
                MyPairing::goals, MyPairing::goalsDone).containsExactly(
                tuple(active.id(), program.settings().name(), ParticipantRole.MENTEE, List.of(world.mentor), 1, 0),
                tuple(proposed.id(), group.settings().name(), ParticipantRole.MENTEE, List.of(world.mentor, fellow), 0, 0));
        assertThat(mentors).extracting(MyPairing::role, MyPairing::counterparts).containsExactly(
                tuple(ParticipantRole.MENTOR, List.of(world.mentee)),
                tuple(ParticipantRole.MENTOR, List.of(fellow, world.mentee)));
        assertThat(world.as(world.other, () -> world.pairings.mine())).isEmpty();
    }

    @Test
    void aProgramManagerLinksAPairToItsJiraIssueAndUnlinksIt() {
        Program program = world.matchingProgram();
        Pairing accepted = world.acceptedPairing(program);

        Pairing linked = world.as(world.manager, () -> world.pairings.linkIssue(accepted.id(), new IssueKey("MENT-12")));

        assertThat(linked.jiraIssueKey()).isEqualTo(new IssueKey("MENT-12"));
        assertThat(world.stores.pairings().findByIssueKey(new IssueKey("MENT-12"))).contains(linked);
        assertThat(world.audit(program)).filteredOn(e -> e.action() == AuditAction.PAIRING_ISSUE_LINKED)
                .extracting(AuditEntry::detail).containsExactly("null -> MENT-12");

        Pairing unlinked = world.as(world.manager, () -> world.pairings.linkIssue(accepted.id(), null));

        assertThat(unlinked.jiraIssueKey()).isNull();
        assertThat(world.stores.pairings().findByIssueKey(new IssueKey("MENT-12"))).isEmpty();
    }

    @Test
    void anIssueStandsForOnePairAndOnlyForAnAcceptedOne() {
        Program program = world.enrolledProgram(ProgramType.ONE_ON_ONE, MatchingMode.HYBRID);
        UserKey second = world.enrollMentees(program, "second").get(0);
        world.startMatching(program);
        Pairing first = world.acceptedPairing(program);
        Pairing proposed = world.as(world.manager, () -> world.pairings.propose(program.id(), world.mentor, List.of(second), null));
        world.as(world.manager, () -> world.pairings.linkIssue(first.id(), new IssueKey("MENT-12")));

        assertThat(messageKey(ConflictException.class, () -> world.as(world.manager, () -> world.pairings.linkIssue(proposed.id(),
                new IssueKey("MENT-13"))))).isEqualTo("mentorhub.pairing.issueBeforeAccepted");
        Pairing secondPair = world.as(world.mentor, () -> world.pairings.accept(proposed.id()));
        assertThat(messageKey(ConflictException.class, () -> world.as(world.manager, () -> world.pairings.linkIssue(secondPair.id(),
                new IssueKey("MENT-12"))))).isEqualTo("mentorhub.pairing.issueTaken");
        assertThat(world.as(world.manager, () -> world.pairings.linkIssue(first.id(), new IssueKey("MENT-12"))).jiraIssueKey())
                .isEqualTo(new IssueKey("MENT-12"));
    }

    @Test
    void onlyTheProgramsManagersLinkIssues() {
        Program program = world.matchingProgram();
        Pairing accepted = world.acceptedPairing(program);

        for (UserKey notManaging : List.of(world.mentor, world.mentee, world.other)) {
            assertThat(messageKey(ForbiddenException.class, () -> world.as(notManaging, () -> world.pairings.linkIssue(accepted.id(),
                    new IssueKey("MENT-12"))))).isEqualTo("mentorhub.auth.forbidden");
        }
        assertThat(world.as(world.admin, () -> world.pairings.linkIssue(accepted.id(), new IssueKey("MENT-12"))).jiraIssueKey())
                .isEqualTo(new IssueKey("MENT-12"));
        assertThat(world.stores.pairings().get(accepted.id()).jiraIssueKey()).isEqualTo(new IssueKey("MENT-12"));
    }

    @Test
    void whenOneMentorAcceptsTheMenteesOtherRequestsAreWithdrawnWithoutExcludingThosePairs() {
        Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.SELF);
        UserKey secondMentor = enrollTwoMentorsAndTheMentee(program);
        UserKey otherMentee = world.enrollMentees(program, "other-mentee").get(0);
        world.startMatching(program);
        Pairing first = world.as(world.mentee, () -> world.pairings.request(program.id(), world.mentor));
        Pairing second = world.as(world.mentee, () -> world.pairings.request(program.id(), secondMentor));
        Pairing someoneElses = world.as(otherMentee, () -> world.pairings.request(program.id(), secondMentor));

        world.as(world.mentor, () -> world.pairings.accept(first.id()));

        assertThat(world.stores.pairings().get(second.id()).status()).isEqualTo(PairingStatus.DECLINED);
        assertThat(world.stores.pairings().get(someoneElses.id()).status()).isEqualTo(PairingStatus.REQUESTED);
        assertThat(world.audit(program)).filteredOn(e -> e.subject().id().equals(second.id().value()))
                .extracting(AuditEntry::action, AuditEntry::detail)
                .contains(tuple(AuditAction.PAIRING_DECLINED, "withdrawn: mentee paired with mentor"));
        assertThat(world.stores.matchingDecisions().exclusionsOf(program.id(), secondMentor)).isEmpty();
    }

    @Test
    void justInTimeMenteesKeepTheirOtherRequestsOpen() {
        Program program = world.enrollingProgram(ProgramType.JUST_IN_TIME, MatchingMode.SELF);
        UserKey secondMentor = enrollTwoMentorsAndTheMentee(program);
        world.startMatching(program);
        Pairing first = world.as(world.mentee, () -> world.pairings.request(program.id(), world.mentor));
        Pairing second = world.as(world.mentee, () -> world.pairings.request(program.id(), secondMentor));

        world.as(world.mentor, () -> world.pairings.accept(first.id()));

        assertThat(world.stores.pairings().get(second.id()).status()).isEqualTo(PairingStatus.REQUESTED);
        assertThat(world.as(secondMentor, () -> world.pairings.accept(second.id())).status()).isEqualTo(PairingStatus.ACCEPTED);
    }

    @Test
    void aMemberWhoProposesTheTermsHasAcceptedThemAndTheOthersStillMust() {
        Program program = world.matchingProgram();
        Pairing accepted = world.acceptedPairing(program);

        Pairing proposedByMentor = world.as(world.mentor, () -> world.pairings.setAgreement(accepted.id(), TestData.terms()));

        assertThat(proposedByMentor.agreement().mentorAcceptedAt()).isEqualTo(TestData.NOW);
        assertThat(proposedByMentor.agreement().menteesAcceptedAt()).isEmpty();
        assertThat(proposedByMentor.status()).isEqualTo(PairingStatus.ACCEPTED);
        Pairing changedByMentee = world.as(world.mentee, () -> world.pairings.setAgreement(accepted.id(), TestData.terms()));
        assertThat(changedByMentee.agreement().mentorAcceptedAt()).as("changed terms need the mentor again").isNull();
        assertThat(changedByMentee.agreement().menteesAcceptedAt()).containsOnlyKeys(world.mentee);
        assertThat(world.as(world.mentor, () -> world.pairings.acceptAgreement(accepted.id())).status()).isEqualTo(PairingStatus.ACTIVE);
        Pairing elsewhere = world.acceptedPairing(world.matchingProgram());
        Pairing byManager = world.as(world.manager, () -> world.pairings.setAgreement(elsewhere.id(), TestData.terms()));
        assertThat(byManager.agreement().mentorAcceptedAt()).isNull();
        assertThat(byManager.agreement().menteesAcceptedAt()).isEmpty();
    }

    /** Enrolls the world's mentor and a second mentor (two places each) and the world's mentee; returns the second mentor. */
    private UserKey enrollTwoMentorsAndTheMentee(Program program) {
        UserKey secondMentor = world.users.add("second-mentor");
        world.enroll(world.mentor, program, 2, ParticipantRole.MENTOR);
        world.enroll(secondMentor, program, 2, ParticipantRole.MENTOR);
        world.enroll(world.mentee, program, 0, ParticipantRole.MENTEE);
        return secondMentor;
    }
}
