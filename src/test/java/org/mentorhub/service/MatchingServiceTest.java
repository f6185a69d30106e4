package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.mentorhub.domain.Failures.fieldErrors;
import static org.mentorhub.domain.Failures.messageKey;
import static org.mentorhub.service.ProfileBuilder.profile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.AuditAction;
import org.mentorhub.domain.AuditEntry;
import org.mentorhub.domain.CareerLevel;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.CriteriaWeights;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.MatchCriterion;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.SkillLevel;
import org.mentorhub.domain.TrainingMaterial;
import org.mentorhub.domain.UserKey;
import org.mentorhub.matching.Contribution;
import org.mentorhub.matching.Criterion;
import org.mentorhub.matching.Message;
import org.mentorhub.matching.assignment.Objective;

/** Program managers' matching: runs, review, locks, rejections, exclusions and approval, in every program type. */
class MatchingServiceTest {
    private final World world = new World();

    @Test
    void aRunProposesTheOptimalPairsAndStoresThemWithTheirExplanation() {
        Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.ADMIN);
        UserKey javaMentor = world.enrollMentor(program, "java-mentor", 1, profile().skill("Java", SkillLevel.EXPERT));
        UserKey designMentor = world.enrollMentor(program, "design-mentor", 1, profile().skill("Design", SkillLevel.EXPERT));
        UserKey javaMentee = world.enrollMentee(program, "java-mentee", profile().goals("Write better Java", "java"));
        UserKey designMentee = world.enrollMentee(program, "design-mentee", profile().goals("Learn design", "design"));
        world.startMatching(program);

        MatchingRun run = world.as(world.manager, () -> world.matching.run(program.id(), Objective.MAXIMIZE_SCORE));

        assertThat(run.proposals()).extracting(p -> p.pairing().mentor(), p -> p.pairing().mentees())
                .containsExactly(tuple(designMentor, List.of(designMentee)),
                        tuple(javaMentor, List.of(javaMentee)));
        assertThat(run.unmatchedMentees()).isEmpty();
        assertThat(run.retracted()).isZero();
        Proposal java = run.proposals().get(1);
        Contribution skills = java.fits().get(0).explanation().contributions().stream()
                .filter(c -> c.criterion() == Criterion.SKILLS).findFirst().orElseThrow();
        assertThat(skills.reason()).isEqualTo(Message.of("mentorhub.match.reason.skills", 1, 1));
        assertThat(java.fits().get(0).explanation().contributions().stream().mapToDouble(Contribution::points).sum())
                .isCloseTo(java.fits().get(0).explanation().score(), within(0.01));
        Pairing stored = world.stores.pairings().get(java.pairing().id());
        assertThat(stored.status()).isEqualTo(PairingStatus.PROPOSED);
        assertThat(stored.matchScore().value()).isCloseTo(java.fits().get(0).explanation().score() / 100, within(1e-9));
        assertThat(stored.matchScore().reasonKeys()).contains("mentorhub.match.reason.skills", "mentorhub.match.reason.level");
        assertThat(stored.matchScore().explanation()).startsWith("java-mentee ").contains("skills ");
        assertThat(world.audit(program)).extracting(AuditEntry::action)
                .contains(AuditAction.MATCHING_RUN, AuditAction.PAIRING_PROPOSED);
        assertThat(world.as(world.manager, () -> world.matching.proposals(program.id())))
                .extracting(p -> p.pairing().id(), Proposal::locked)
                .containsExactly(tuple(run.proposals().get(0).pairing().id(), false),
                        tuple(java.pairing().id(), false));
    }

    @Test
    void theSameDataGivesTheSameProposalsAndARunAgainChangesNothing() {
        World other = new World();
        Program first = fourPeople(world);
        Program second = fourPeople(other);

        MatchingRun run = world.as(world.manager, () -> world.matching.run(first.id(), Objective.MAXIMIZE_SCORE));
        MatchingRun again = world.as(world.manager, () -> world.matching.run(first.id(), Objective.MAXIMIZE_SCORE));
        MatchingRun elsewhere = other.as(other.manager, () -> other.matching.run(second.id(), Objective.MAXIMIZE_SCORE));

        assertThat(again.proposals()).extracting(p -> p.pairing().id()).isEqualTo(run.proposals().stream().map(p -> p.pairing().id()).toList());
        assertThat(again.retracted()).isZero();
        assertThat(world.stores.pairings().listByProgram(first.id())).hasSize(run.proposals().size());
        assertThat(elsewhere.proposals()).extracting(p -> p.pairing().mentor(), p -> p.pairing().mentees(), p -> p.pairing().matchScore())
                .isEqualTo(run.proposals().stream().map(p -> tuple(p.pairing().mentor(), p.pairing().mentees(),
                        p.pairing().matchScore())).toList());
    }

    @Test
    void aRunAgainKeepsLockedProposalsAndReoptimizesTheRest() {
        Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.HYBRID);
        UserKey ann = world.enrollMentor(program, "ann", 1, profile().skill("Java", SkillLevel.EXPERT));
        UserKey bob = world.enrollMentor(program, "bob", 1, profile().skill("Design", SkillLevel.EXPERT));
        UserKey cem = world.enrollMentor(program, "cem", 1, profile().skill("Java", SkillLevel.ADVANCED));
        UserKey xia = world.enrollMentee(program, "xia", profile().goals("Java", "java"));
        UserKey yan = world.enrollMentee(program, "yan", profile().goals("Design", "design"));
        world.startMatching(program);
        MatchingRun first = run(program, Objective.MAXIMIZE_SCORE);
        Pairing annXia = proposalOf(first, ann);
        Pairing bobYan = proposalOf(first, bob);
        world.as(world.manager, () -> world.matching.lockProposal(bobYan.programId(), bobYan.id()));
        world.as(ann, () -> world.enrollment.updateProfile(program.id(), profile().capacity(1).build()));

        MatchingRun second = run(program, Objective.MAXIMIZE_SCORE);

        assertThat(second.proposals()).extracting(p -> p.pairing().id(), Proposal::locked)
                .startsWith(tuple(bobYan.id(), true));
        assertThat(second.proposals()).extracting(p -> p.pairing().mentor(), p -> p.pairing().mentees())
                .containsExactly(tuple(bob, List.of(yan)), tuple(cem, List.of(xia)));
        assertThat(second.retracted()).isOne();
        assertThat(world.stores.pairings().get(annXia.id()).status()).isEqualTo(PairingStatus.DECLINED);

        Pairing rejected = world.as(world.manager, () -> world.matching.rejectProposal(program.id(), proposalOf(second, cem).id()));
        world.as(world.manager, () -> world.matching.unlockProposal(bobYan.programId(), bobYan.id()));
        MatchingRun third = run(program, Objective.MAXIMIZE_SCORE);

        assertThat(rejected.status()).isEqualTo(PairingStatus.DECLINED);
        assertThat(third.proposals()).extracting(p -> p.pairing().id(), Proposal::locked).contains(tuple(bobYan.id(), false));
        assertThat(third.proposals()).extracting(p -> p.pairing().mentor()).containsExactlyInAnyOrder(bob, ann);
        assertThat(world.audit(program)).extracting(AuditEntry::action)
                .contains(AuditAction.PROPOSAL_LOCKED, AuditAction.PROPOSAL_UNLOCKED, AuditAction.PAIR_EXCLUDED);
        HardConstraints.assertHeldBy(world, program);
    }

    @Test
    void matchingAsManyAsPossibleFirstTradesScoreForMatches() {
        Program program = world.enrollingProgram(world.settings(ProgramType.ONE_ON_ONE, MatchingMode.ADMIN,
                new CriteriaWeights(Map.of(MatchCriterion.SKILLS, 10)), false, false));
        UserKey ann = world.enrollMentor(program, "ann", 1, profile().skill("Java", SkillLevel.EXPERT).skill("Design", SkillLevel.BEGINNER));
        UserKey bob = world.enrollMentor(program, "bob", 1, profile().skill("Java", SkillLevel.BEGINNER));
        UserKey xia = world.enrollMentee(program, "xia", profile().goals("Java", "java"));
        UserKey yan = world.enrollMentee(program, "yan", profile().goals("Design", "design"));
        world.startMatching(program);
        world.as(world.manager, () -> world.matching.excludePair(program.id(), bob, yan));

        MatchingRun bestScore = run(program, Objective.MAXIMIZE_SCORE);
        MatchingRun mostMatches = run(program, Objective.MAXIMIZE_MATCHES_THEN_SCORE);

        assertThat(bestScore.proposals()).extracting(p -> p.pairing().mentor(), p -> p.pairing().mentees())
                .containsExactly(tuple(ann, List.of(xia)));
        assertThat(bestScore.unmatchedMentees()).containsExactly(yan);
        assertThat(mostMatches.proposals()).extracting(p -> p.pairing().mentor(), p -> p.pairing().mentees())
                .containsExactlyInAnyOrder(tuple(bob, List.of(xia)), tuple(ann, List.of(yan)));
        assertThat(mostMatches.unmatchedMentees()).isEmpty();
        assertThat(mostMatches.retracted()).isOne();
    }

    @Test
    void proposalsNeverBreakAHardConstraint() {
        Program program = world.enrollingProgram(world.settings(ProgramType.ONE_ON_ONE, MatchingMode.HYBRID,
                CriteriaWeights.balanced(), true, false));
        TrainingMaterial basics = world.as(world.manager, () -> world.training.addMaterial(program.id(), "Basics",
                "https://wiki.example.com/x/1", Set.of(ParticipantRole.MENTOR), true));
        ProfileBuilder expert = profile().skill("Java", SkillLevel.EXPERT).level(CareerLevel.LEAD);
        ProfileBuilder learner = profile().goals("Java", "java");
        UserKey boss = world.enrollMentor(program, "boss", 3, expert);
        world.users.setManager(world.users.add("report"), boss);
        UserKey report = world.enrollMentee(program, "report", learner);
        UserKey dual = world.enroll("dual", program, profile().skill("Java", SkillLevel.EXPERT).goals("Java", "java").capacity(1).build(),
                ParticipantRole.MENTOR, ParticipantRole.MENTEE);
        UserKey untrained = world.enrollMentor(program, "untrained", 3, expert);
        UserKey leaver = world.enrollMentee(program, "leaver", learner);
        UserKey full = world.enrollMentor(program, "full", 1, expert);
        UserKey taken = world.enrollMentee(program, "taken", learner);
        UserKey decliner = world.enrollMentor(program, "decliner", 2, expert);
        UserKey asker = world.enrollMentee(program, "asker", learner);
        UserKey helper = world.enrollMentor(program, "helper", 2, profile().skill("Java", SkillLevel.BEGINNER));
        List<UserKey> others = List.of(world.enrollMentee(program, "m1", learner), world.enrollMentee(program, "m2", learner), world.enrollMentee(program, "m3", learner));
        for (UserKey trained : List.of(boss, dual, full, decliner, helper)) {
            world.as(trained, () -> world.training.complete(basics.id()));
        }
        world.as(leaver, () -> world.enrollment.optOut(program.id()));
        world.startMatching(program);
        Pairing takenRequest = world.as(taken, () -> world.pairings.request(program.id(), full));
        world.as(full, () -> world.pairings.accept(takenRequest.id()));
        Pairing askerRequest = world.as(asker, () -> world.pairings.request(program.id(), decliner));
        world.as(decliner, () -> world.pairings.decline(askerRequest.id()));
        Pairing firstChoice = proposalOf(run(program, Objective.MAXIMIZE_MATCHES_THEN_SCORE), boss);
        world.as(world.manager, () -> world.matching.rejectProposal(firstChoice.programId(), firstChoice.id()));

        MatchingRun run = run(program, Objective.MAXIMIZE_MATCHES_THEN_SCORE);

        HardConstraints.assertHeldBy(world, program);
        assertThat(run.proposals()).extracting(p -> p.pairing().mentor()).doesNotContain(untrained, full);
        assertThat(run.proposals()).flatExtracting(p -> p.pairing().mentees()).doesNotContain(leaver, taken)
                .contains(others.toArray(UserKey[]::new));
        assertThat(run.proposals()).noneMatch(p -> p.pairing().isMentor(boss) && p.pairing().isMentee(report))
                .noneMatch(p -> p.pairing().isMentor(dual) && p.pairing().isMentee(dual))
                .noneMatch(p -> p.pairing().isMentor(decliner) && p.pairing().isMentee(asker))
                .noneMatch(p -> p.pairing().isMentor(boss) && p.pairing().mentees().equals(firstChoice.mentees()));
        List<Id<Pairing>> ids = run.proposals().stream().map(p -> p.pairing().id()).toList();
        assertThat(world.as(world.manager, () -> world.matching.approveProposals(program.id(), ids)))
                .allSatisfy(approved -> assertThat(approved.status()).isEqualTo(PairingStatus.ACCEPTED));
    }

    @Test
    void approvingChecksCapacityUnderTheLockAndApprovesAllOrNothing() {
        Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.HYBRID);
        UserKey ann = world.enrollMentor(program, "ann", 1, profile().skill("Java", SkillLevel.EXPERT));
        UserKey bob = world.enrollMentor(program, "bob", 1, profile().skill("Design", SkillLevel.EXPERT));
        world.enrollMentee(program, "xia", profile().goals("Java", "java"));
        world.enrollMentee(program, "yan", profile().goals("Design", "design"));
        UserKey late = world.enrollMentee(program, "zed", profile().goals("Java", "java"));
        world.startMatching(program);
        world.as(late, () -> world.pairings.request(program.id(), ann));
        MatchingRun run = run(program, Objective.MAXIMIZE_SCORE);
        Pairing toAnn = proposalOf(run, ann);
        Pairing toBob = proposalOf(run, bob);
        world.as(world.manager, () -> world.matching.lockProposal(toBob.programId(), toBob.id()));
        Pairing lateRequest = world.stores.pairings().listByProgram(program.id()).stream()
                .filter(p -> p.status() == PairingStatus.REQUESTED).findFirst().orElseThrow();
        world.as(ann, () -> world.pairings.accept(lateRequest.id()));

        assertThat(messageKey(ConflictException.class, () -> world.as(world.manager,
                () -> world.matching.approveProposals(program.id(), List.of(toBob.id(), toAnn.id()))))).isEqualTo("mentorhub.pairing.capacityReached");
        assertThat(world.stores.pairings().get(toBob.id()).status()).isEqualTo(PairingStatus.PROPOSED);

        List<Pairing> approved = world.as(world.manager, () -> world.matching.approveProposals(program.id(), List.of(toBob.id())));

        assertThat(approved).extracting(Pairing::status).containsExactly(PairingStatus.ACCEPTED);
        assertThat(world.stores.matchingDecisions().listLocks(program.id())).isEmpty();
        assertThat(world.audit(program)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.PAIRING_ACCEPTED);
            assertThat(entry.actor()).isEqualTo(world.manager);
        });
        assertThat(messageKey(ConflictException.class, () -> world.as(world.manager,
                () -> world.matching.approveProposals(program.id(), List.of(lateRequest.id()))))).isEqualTo("mentorhub.pairing.wrongStatus");
        Program elsewhere = world.matchingProgram();
        assertThat(messageKey(NotFoundException.class, () -> world.as(world.manager,
                () -> world.matching.approveProposals(elsewhere.id(), List.of(toAnn.id()))))).isEqualTo("mentorhub.pairing.notFound");
        assertThat(fieldErrors(() -> world.as(world.manager, () -> world.matching.approveProposals(program.id(), List.of())))
                .keysFor("proposals")).containsExactly("mentorhub.validation.required");
    }

    @Test
    void excludingAPairRetractsItsOpenPairingsAndKeepsItOutOfEveryRun() {
        Program program = world.matchingProgram();
        world.as(world.mentee, () -> world.pairings.request(program.id(), world.mentor));

        world.as(world.manager, () -> world.matching.excludePair(program.id(), world.mentor, world.mentee));

        assertThat(world.stores.pairings().listByProgram(program.id())).extracting(Pairing::status).containsExactly(PairingStatus.DECLINED);
        assertThat(run(program, Objective.MAXIMIZE_MATCHES_THEN_SCORE).unmatchedMentees()).containsExactly(world.mentee);
        assertThat(fieldErrors(() -> world.as(world.manager, () -> world.matching.excludePair(program.id(), world.mentor, world.mentor)))
                .keysFor("mentee")).containsExactly("mentorhub.pairing.self");
        assertThat(messageKey(NotFoundException.class, () -> world.as(world.manager,
                () -> world.matching.excludePair(program.id(), world.mentor, world.other)))).isEqualTo("mentorhub.participant.notFound");
    }

    @Test
    void groupProgramsProposeGroupsOfMenteesWithSimilarGoals() {
        Program program = world.enrollingProgram(ProgramType.GROUP, MatchingMode.ADMIN);
        UserKey cloudLead = world.enrollMentor(program, "cloud-lead", 2, profile().skill("Kubernetes", SkillLevel.EXPERT));
        UserKey salesLead = world.enrollMentor(program, "sales-lead", 2, profile().skill("Sales", SkillLevel.EXPERT));
        UserKey c1 = world.enrollMentee(program, "c1", profile().goals("learn cloud infrastructure and kubernetes", "kubernetes"));
        UserKey s1 = world.enrollMentee(program, "s1", profile().goals("negotiate enterprise sales deals", "sales"));
        UserKey c2 = world.enrollMentee(program, "c2", profile().goals("kubernetes clusters in the cloud", "kubernetes"));
        UserKey s2 = world.enrollMentee(program, "s2", profile().goals("close bigger sales deals", "sales"));
        world.startMatching(program);

        MatchingRun run = run(program, Objective.MAXIMIZE_SCORE);

        assertThat(run.proposals()).extracting(p -> p.pairing().mentor(), p -> p.pairing().mentees())
                .containsExactlyInAnyOrder(tuple(cloudLead, List.of(c1, c2)),
                        tuple(salesLead, List.of(s1, s2)));
        assertThat(run.proposals()).allSatisfy(proposal -> {
            assertThat(proposal.fits()).extracting(MenteeFit::mentee).isEqualTo(proposal.pairing().mentees());
            assertThat(proposal.cohesion().key()).isEqualTo("mentorhub.match.reason.group");
            assertThat(proposal.pairing().matchScore().value() * 100).isCloseTo(proposal.fits().stream()
                    .mapToDouble(fit -> fit.explanation().score()).average().orElseThrow(), within(1e-9));
        });
        assertThat(world.as(world.manager, () -> world.matching.proposals(program.id())))
                .extracting(Proposal::cohesion).isEqualTo(run.proposals().stream().map(Proposal::cohesion).toList());
        List<Id<Pairing>> ids = run.proposals().stream().map(p -> p.pairing().id()).toList();
        assertThat(world.as(world.manager, () -> world.matching.approveProposals(program.id(), ids)))
                .extracting(Pairing::status).containsOnly(PairingStatus.ACCEPTED);
    }

    @Test
    void reverseProgramsLetTheJuniorMentorTheSenior() {
        Program program = world.enrollingProgram(ProgramType.REVERSE, MatchingMode.ADMIN);
        UserKey junior = world.enrollMentor(program, "junior", 1, profile().level(CareerLevel.ENTRY).skill("Digital tools", SkillLevel.EXPERT));
        world.enrollMentor(program, "peer", 1, profile().level(CareerLevel.DIRECTOR).skill("Digital tools", SkillLevel.EXPERT));
        UserKey director = world.enrollMentee(program, "director", profile().level(CareerLevel.DIRECTOR).goals("Digital tools", "digital tools"));
        world.startMatching(program);

        MatchingRun run = run(program, Objective.MAXIMIZE_MATCHES_THEN_SCORE);

        assertThat(run.proposals()).extracting(p -> p.pairing().mentor(), p -> p.pairing().mentees())
                .containsExactly(tuple(junior, List.of(director)));
        assertThat(run.proposals().get(0).fits().get(0).explanation().reasons())
                .contains(Message.of("mentorhub.match.reason.level.reverse", 5, MatchingSnapshot.MIN_LEVEL_GAP, MatchingSnapshot.MAX_LEVEL_GAP));
        assertThat(world.as(world.manager, () -> world.matching.approveProposals(program.id(), List.of(run.proposals().get(0).pairing().id()))))
                .extracting(Pairing::status).containsExactly(PairingStatus.ACCEPTED);
    }

    @Test
    void aRunNeedsAProgramWhoseManagersMatchAndSomebodyToMatch() {
        Program selfMatching = world.matchingProgram(ProgramType.ONE_ON_ONE, MatchingMode.SELF);
        Program justInTime = world.matchingProgram(ProgramType.JUST_IN_TIME, MatchingMode.HYBRID);
        Program enrolling = world.enrolledProgram(ProgramType.ONE_ON_ONE, MatchingMode.ADMIN);
        Program mentorsOnly = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.ADMIN);
        world.enroll(world.mentor, mentorsOnly, 2, ParticipantRole.MENTOR);
        world.startMatching(mentorsOnly);

        assertThat(messageKey(ConflictException.class, () -> run(selfMatching, Objective.MAXIMIZE_SCORE)))
                .isEqualTo("mentorhub.pairing.proposalsNotAllowed");
        assertThat(messageKey(ConflictException.class, () -> run(justInTime, Objective.MAXIMIZE_SCORE)))
                .isEqualTo("mentorhub.matching.topicSearchOnly");
        assertThat(messageKey(ConflictException.class, () -> run(enrolling, Objective.MAXIMIZE_SCORE)))
                .isEqualTo("mentorhub.program.notMatching");
        assertThat(messageKey(ConflictException.class, () -> run(mentorsOnly, Objective.MAXIMIZE_SCORE)))
                .isEqualTo("mentorhub.matching.nobodyToMatch");
        assertThat(fieldErrors(() -> run(mentorsOnly, null)).keysFor("objective")).containsExactly("mentorhub.validation.required");
        assertThat(world.audit(mentorsOnly)).extracting(AuditEntry::action).doesNotContain(AuditAction.MATCHING_RUN);
    }

    @Test
    void aProposalIsDecidedOnlyThroughItsOwnProgram() {
        Program program = world.matchingProgram();
        Pairing accepted = world.acceptedPairing(program);
        Program other = world.matchingProgram(ProgramType.GROUP, MatchingMode.ADMIN);

        assertThat(messageKey(NotFoundException.class, () -> world.as(world.manager,
                () -> world.matching.lockProposal(other.id(), accepted.id())))).isEqualTo("mentorhub.pairing.notFound");
        assertThat(world.stores.matchingDecisions().listExclusions(program.id())).isEmpty();
    }

    @Test
    void onlyOpenProposalsCanBeLockedOrRejected() {
        Program program = world.matchingProgram();
        Pairing accepted = world.acceptedPairing(program);

        assertThat(messageKey(ConflictException.class, () -> world.as(world.manager, () -> world.matching.lockProposal(accepted.programId(), accepted.id()))))
                .isEqualTo("mentorhub.pairing.wrongStatus");
        assertThat(messageKey(ConflictException.class, () -> world.as(world.manager, () -> world.matching.rejectProposal(accepted.programId(), accepted.id()))))
                .isEqualTo("mentorhub.pairing.wrongStatus");
        assertThat(world.stores.matchingDecisions().listExclusions(program.id())).isEmpty();
    }

    /** An ADMIN program in matching: two mentors, two mentees with different wishes. */
    private static Program fourPeople(World in) {
        Program program = in.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.ADMIN);
        in.enroll("ann", program, profile().skill("Java", SkillLevel.EXPERT).interests("hiking and climbing").capacity(2).build(),
                ParticipantRole.MENTOR);
        in.enroll("bob", program, profile().skill("Design", SkillLevel.ADVANCED).interests("jazz").capacity(1).build(),
                ParticipantRole.MENTOR);
        in.enroll("xia", program, profile().goals("Java services", "java").interests("climbing").build(), ParticipantRole.MENTEE);
        in.enroll("yan", program, profile().goals("Design systems", "design").build(), ParticipantRole.MENTEE);
        in.enroll("zoe", program, profile().goals("Java and design", "java", "design").build(), ParticipantRole.MENTEE);
        return in.startMatching(program);
    }


    private MatchingRun run(Program program, Objective objective) {
        return world.as(world.manager, () -> world.matching.run(program.id(), objective));
    }

    private static Pairing proposalOf(MatchingRun run, UserKey mentor) {
        return run.proposals().stream().map(Proposal::pairing).filter(p -> p.isMentor(mentor)).findFirst().orElseThrow();
    }
}
