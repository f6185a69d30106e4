package org.mentorhub.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.mentorhub.domain.AuditAction;
import org.mentorhub.domain.AuditSubject;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.ForbiddenException;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.MatchScore;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.PairExclusion;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.ProposalLock;
import org.mentorhub.domain.UserKey;
import org.mentorhub.matching.Contribution;
import org.mentorhub.matching.Eligibility;
import org.mentorhub.matching.GroupMatcher;
import org.mentorhub.matching.MatchProfile;
import org.mentorhub.matching.MatchingEngine;
import org.mentorhub.matching.MatchingPool;
import org.mentorhub.matching.Message;
import org.mentorhub.matching.PairScorer;
import org.mentorhub.matching.ScoredPair;
import org.mentorhub.matching.TopicSearch;
import org.mentorhub.matching.assignment.AssignmentSolver;
import org.mentorhub.matching.assignment.Objective;
import org.mentorhub.port.Locks;
import org.mentorhub.port.MatchingDecisionStore;
import org.mentorhub.port.PairingStore;
import org.mentorhub.port.ParticipantStore;
import org.mentorhub.port.ProgramStore;
import org.mentorhub.port.Transactions;
import org.mentorhub.port.TrainingStore;

/**
 * Matching in a program, on the engine of {@code org.mentorhub.matching}: program managers run the administrative
 * (optimal) matching and review, lock, reject and approve its proposals (hybrid matching); mentees get ranked
 * suggestions and then request a mentor through {@link PairingService}; in just-in-time programs they search experts
 * by topic. Group programs are matched in groups and reverse programs by the reverse rules, both from the program
 * type. Every result carries its explanation (score, each criterion's contribution, reason keys with arguments).
 */
public class MatchingService {
    /** The most suggestions or experts one request returns. */
    public static final int MAX_SUGGESTIONS = 50;
    /**
     * Best-scored mentors each mentee keeps in a run: on generated profiles 25 lose 0.01–0.05 % of the unpruned optimum,
     * 10 lose 0.1–0.7 % (docs/performance.md, "What pruning costs").
     */
    private static final int CANDIDATES_PER_MENTEE = 25;
    private static final int MAX_TOPIC_LENGTH = 200;
    private static final int MAX_EXPLANATION_LENGTH = 2000;

    private final ProgramStore programs;
    private final ParticipantStore participants;
    private final PairingStore pairings;
    private final TrainingStore training;
    private final MatchingDecisionStore decisions;
    private final PairingGate gate;
    private final Access access;
    private final Auditor auditor;
    private final Transactions transactions;
    private final Locks locks;
    private final Clock clock;
    private final MatchingEngine engine = new MatchingEngine(new AssignmentSolver(), CANDIDATES_PER_MENTEE);
    private final GroupMatcher groupMatcher = new GroupMatcher(new AssignmentSolver());
    private final TopicSearch topicSearch = new TopicSearch();

    public MatchingService(ProgramStore programs, ParticipantStore participants, PairingStore pairings, TrainingStore training,
                           MatchingDecisionStore decisions, Access access, Auditor auditor, Transactions transactions, Locks locks,
                           Clock clock) {
        this.programs = programs;
        this.participants = participants;
        this.pairings = pairings;
        this.training = training;
        this.decisions = decisions;
        this.gate = new PairingGate(participants, pairings, training, decisions);
        this.access = access;
        this.auditor = auditor;
        this.transactions = transactions;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * Runs the administrative matching of a program whose managers propose pairings, and stores the outcome as
     * {@link PairingStatus#PROPOSED} pairings with score and explanation. Locked proposals are kept and their places
     * taken; every other earlier proposal the run does not propose again is retracted (declined), so running twice on
     * the same data changes nothing. One-on-one and reverse programs get the optimal assignment, or with
     * {@link Objective#STABLE} a stable one (no mentee and mentor who both prefer each other by score to what the run
     * gave them); group programs get groups of the program's default mentor capacity (at least two) with similar goals,
     * as many as possible, whatever the objective.
     *
     * <p>Holds the pairing-places lock, so two runs (or a run and an acceptance) never interleave.
     *
     * @param objective {@link Objective#MAXIMIZE_MATCHES_THEN_SCORE} to match as many mentees as possible first,
     *        {@link Objective#STABLE} for a stable assignment in preference-driven programs
     */
    public MatchingRun run(Id<Program> programId, Objective objective) {
        Actor actor = access.caller();
        FieldErrors.builder().required("objective", objective).throwIfAny();
        return locks.withLock(LockNames.pairingPlaces(programId), () -> transactions.call(() -> {
            Program program = managedProgramTakingProposals(actor, programId);
            if (program.type() == ProgramType.JUST_IN_TIME) {
                throw new ConflictException("mentorhub.matching.topicSearchOnly");
            }
            MatchingSnapshot snapshot = snapshot(program);
            if (snapshot.mentees().isEmpty() || snapshot.mentors().isEmpty()) {
                throw new ConflictException("mentorhub.matching.nobodyToMatch");
            }
            List<UserKey> toMatch = snapshot.menteesToMatch();
            return store(actor, snapshot, plan(snapshot, toMatch, objective), toMatch, objective);
        }));
    }

    /** The program's open proposals with their lock and a fresh explanation, oldest first, for its managers. */
    public List<Proposal> proposals(Id<Program> programId) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Program program = programs.get(programId);
            actor.requireProgramManager(program);
            MatchingSnapshot snapshot = snapshot(program);
            return views(snapshot, snapshot.proposals());
        });
    }

    /** Keeps a proposal when the matching runs again. */
    public void lockProposal(Id<Program> programId, Id<Pairing> proposalId) {
        decideOnProposal(programId, proposalId, AuditAction.PROPOSAL_LOCKED, (actor, proposal) ->
                decisions.saveLock(new ProposalLock(proposal.id(), proposal.programId(), actor.user(), clock.instant())));
    }

    public void unlockProposal(Id<Program> programId, Id<Pairing> proposalId) {
        decideOnProposal(programId, proposalId, AuditAction.PROPOSAL_UNLOCKED, (actor, proposal) -> decisions.deleteLock(proposal.id()));
    }

    /** Retracts a proposal and excludes its pairs, so they are never proposed, suggested or paired again. */
    public Pairing rejectProposal(Id<Program> programId, Id<Pairing> proposalId) {
        return decideOnProposal(programId, proposalId, AuditAction.PAIR_EXCLUDED, (actor, proposal) ->
                exclude(actor, proposal.programId(), proposal.mentor(), proposal.mentees()));
    }

    /**
     * Excludes a mentor and mentee from being paired in the program, e.g. for a conflict the data does not show;
     * their proposals and requests still waiting for an answer are retracted.
     */
    public void excludePair(Id<Program> programId, UserKey mentor, UserKey mentee) {
        Actor actor = access.caller();
        FieldErrors.builder()
                .required("mentor", mentor)
                .required("mentee", mentee)
                .check(mentor == null || !mentor.equals(mentee), "mentee", "mentorhub.pairing.self")
                .throwIfAny();
        transactions.run(() -> {
            Program program = programs.get(programId);
            actor.requireProgramManager(program);
            program.requireOpen();
            participants.get(programId, mentor);
            participants.get(programId, mentee);
            exclude(actor, programId, mentor, List.of(mentee));
            auditor.record(actor, AuditAction.PAIR_EXCLUDED, programId, AuditSubject.Type.PROGRAM, programId,
                    "mentor " + mentor + ", mentee " + mentee);
        });
    }

    /**
     * Approves proposals: each becomes {@link PairingStatus#ACCEPTED} (the pair then agrees on the terms, which starts
     * it). All are checked like a mentor's acceptance, capacity included, under the pairing-places lock; if one does
     * not fit, none is approved.
     */
    public List<Pairing> approveProposals(Id<Program> programId, Collection<Id<Pairing>> proposalIds) {
        Actor actor = access.caller();
        FieldErrors.builder().check(proposalIds != null && !proposalIds.isEmpty(), "proposals", "mentorhub.validation.required")
                .throwIfAny();
        return locks.withLock(LockNames.pairingPlaces(programId), () -> transactions.call(() -> {
            Program program = managedProgramTakingProposals(actor, programId);
            List<Pairing> approved = new ArrayList<>();
            for (Id<Pairing> proposalId : new LinkedHashSet<>(proposalIds)) {
                Pairing proposal = pairings.find(proposalId).filter(p -> p.programId().equals(programId))
                        .orElseThrow(() -> new NotFoundException("mentorhub.pairing.notFound", proposalId));
                proposal.requireStatus(PairingStatus.PROPOSED);
                Pairing accepted = proposal.withStatus(PairingStatus.ACCEPTED);
                gate.requireFits(program, accepted);
                pairings.update(accepted);
                decisions.deleteLock(proposalId);
                auditor.record(actor, AuditAction.PAIRING_ACCEPTED, programId, AuditSubject.Type.PAIRING, proposalId, "approved");
                approved.add(accepted);
            }
            return approved;
        }));
    }

    /**
     * The caller's best mentors, at most {@code limit}, with explanations: eligible (every hard constraint holds),
     * with a free place and no open pairing with the caller already. Mentors who declined the caller never appear.
     */
    public List<MentorSuggestion> suggestMentors(Id<Program> programId, int limit) {
        Actor actor = access.caller();
        requireLimit(FieldErrors.builder(), limit).throwIfAny();
        return transactions.call(() -> {
            Program program = programRequestedIn(actor, programId);
            MatchingSnapshot snapshot = snapshot(program);
            if (!program.type().allowsConcurrentPairingsPerMentee() && snapshot.holdsPlace(actor.user())) {
                throw new ConflictException("mentorhub.pairing.menteeAlreadyPaired", actor.user());
            }
            Map<UserKey, Integer> places = placesOfAvailableMentors(snapshot, actor.user());
            if (places.isEmpty()) {
                return List.of();
            }
            MatchingPool pool = snapshot.pool(snapshot.mentees(), places);
            return engine.suggestions(pool, actor.user().value(), Map.of(), limit).stream()
                    .map(pair -> suggestion(snapshot, pair))
                    .toList();
        });
    }

    /**
     * "Who can help me with this topic?" in a just-in-time program: mentors ranked by their level in skills matching
     * the topic and their availability with the caller this week, among those the caller could request now.
     */
    public List<MentorSuggestion> findExperts(Id<Program> programId, String topic, int limit) {
        Actor actor = access.caller();
        requireLimit(FieldErrors.builder().requireText("topic", topic, MAX_TOPIC_LENGTH), limit).throwIfAny();
        return transactions.call(() -> {
            Program program = programRequestedIn(actor, programId);
            if (program.type() != ProgramType.JUST_IN_TIME) {
                throw new ConflictException("mentorhub.matching.notJustInTime");
            }
            MatchingSnapshot snapshot = snapshot(program);
            MatchProfile seeker = snapshot.profile(actor.user()).orElseThrow();
            List<MatchProfile> experts = snapshot.profiles(List.copyOf(placesOfAvailableMentors(snapshot, actor.user()).keySet())).stream()
                    .filter(expert -> Eligibility.allowed(snapshot.engineProgram(), seeker, expert))
                    .toList();
            return topicSearch.experts(topic, seeker, experts, Map.of(), LocalDate.now(clock), limit).stream()
                    .map(pair -> suggestion(snapshot, pair))
                    .toList();
        });
    }

    private MatchingSnapshot snapshot(Program program) {
        Id<Program> id = program.id();
        boolean trainingRequired = program.settings().trainingRequired();
        return new MatchingSnapshot(program, participants.listByProgram(id), pairings.listByProgram(id),
                trainingRequired ? training.listMaterials(id) : List.of(), trainingRequired ? training.listCompletions(id) : List.of(),
                decisions.listExclusions(id), decisions.listLocks(id), LocalDate.now(clock));
    }

    private Program managedProgramTakingProposals(Actor actor, Id<Program> programId) {
        Program program = programs.get(programId);
        actor.requireProgramManager(program);
        if (!program.settings().matchingMode().allowsManagerProposals()) {
            throw new ConflictException("mentorhub.pairing.proposalsNotAllowed");
        }
        program.requireAcceptsPairing();
        return program;
    }

    /** The program, if the caller is one of its active mentees and may request a mentor in it now. */
    private Program programRequestedIn(Actor actor, Id<Program> programId) {
        Program program = programs.get(programId);
        boolean activeMentee = participants.find(programId, actor.user()).filter(p -> p.isActive() && p.isMentee()).isPresent();
        if (!activeMentee) {
            throw new ForbiddenException("mentorhub.auth.notAParticipant");
        }
        if (!program.settings().matchingMode().allowsMenteeRequests()) {
            throw new ConflictException("mentorhub.pairing.requestsNotAllowed");
        }
        program.requireAcceptsPairing();
        return program;
    }

    private static FieldErrors.Builder requireLimit(FieldErrors.Builder errors, int limit) {
        return errors.range("limit", limit, 1, MAX_SUGGESTIONS);
    }

    /** Mentors the mentee could request now (a free place, not themself, no open pairing together), with their places. */
    private static Map<UserKey, Integer> placesOfAvailableMentors(MatchingSnapshot snapshot, UserKey mentee) {
        Map<UserKey, Integer> places = new LinkedHashMap<>();
        for (UserKey mentor : snapshot.mentors()) {
            if (!mentor.equals(mentee) && snapshot.freePlaces(mentor) > 0 && !snapshot.haveOpenPairing(mentor, mentee)) {
                places.put(mentor, snapshot.freePlaces(mentor));
            }
        }
        return places;
    }

    private static MentorSuggestion suggestion(MatchingSnapshot snapshot, ScoredPair pair) {
        UserKey mentor = new UserKey(pair.mentorId());
        return new MentorSuggestion(mentor, snapshot.freePlaces(mentor), pair.explanation());
    }

    /** The run's pairings: the optimal or stable assignment, or in group programs the groups. */
    private List<Planned> plan(MatchingSnapshot snapshot, List<UserKey> toMatch, Objective objective) {
        Map<UserKey, Integer> places = snapshot.placesAfterLockedProposals();
        if (toMatch.isEmpty() || places.values().stream().noneMatch(free -> free > 0)) {
            return List.of();
        }
        MatchingPool pool = snapshot.pool(toMatch, places);
        Program program = snapshot.program();
        if (program.type().allowsGroups()) {
            int groupSize = Math.max(2, program.settings().defaultMentorCapacity());
            return groupMatcher.groups(pool, groupSize).stream()
                    .map(group -> new Planned(new UserKey(group.mentorId()), group.members(),
                            group.members().size() > 1 ? group.cohesion() : null))
                    .toList();
        }
        return engine.administrative(pool, objective).pairs().stream()
                .map(pair -> new Planned(new UserKey(pair.mentorId()), List.of(pair), null))
                .toList();
    }

    /**
     * Stores a run: an earlier unlocked proposal of the same mentor and mentees stays (with its score brought up to
     * date), new ones are inserted, the other unlocked ones are retracted.
     */
    private MatchingRun store(Actor actor, MatchingSnapshot snapshot, List<Planned> planned, List<UserKey> toMatch, Objective objective) {
        Id<Program> programId = snapshot.program().id();
        List<Proposal> proposals = new ArrayList<>(views(snapshot, snapshot.proposals().stream().filter(snapshot::isLocked).toList()));
        Map<Members, Pairing> earlier = new LinkedHashMap<>();
        snapshot.proposals().stream().filter(p -> !snapshot.isLocked(p)).forEach(p -> earlier.put(Members.of(p), p));
        Instant now = clock.instant();
        Set<UserKey> matched = new HashSet<>();
        for (Planned plan : planned) {
            MatchScore score = matchScore(plan.fits());
            Pairing proposal = earlier.remove(new Members(plan.mentor(), Set.copyOf(plan.mentees())));
            if (proposal == null) {
                proposal = Pairing.proposed(programId, plan.mentor(), plan.mentees(), score, now);
                pairings.insert(proposal);
                auditor.record(actor, AuditAction.PAIRING_PROPOSED, programId, AuditSubject.Type.PAIRING, proposal.id());
            } else if (!score.equals(proposal.matchScore())) {
                proposal = proposal.withMatchScore(score);
                pairings.update(proposal);
            }
            proposals.add(new Proposal(proposal, false, fits(proposal, plan.fits()), plan.cohesion()));
            matched.addAll(plan.mentees());
        }
        for (Pairing replaced : earlier.values()) {
            retract(actor, replaced, "replaced by a matching run");
        }
        List<UserKey> unmatched = toMatch.stream().filter(mentee -> !matched.contains(mentee)).toList();
        auditor.record(actor, AuditAction.MATCHING_RUN, programId, AuditSubject.Type.PROGRAM, programId, String.format(Locale.ROOT,
                "%s: %d proposed, %d retracted, %d unmatched", objective, planned.size(), earlier.size(), unmatched.size()));
        return new MatchingRun(proposals, unmatched, earlier.size());
    }

    /** Proposals with fresh explanations over the program's current participants. */
    private List<Proposal> views(MatchingSnapshot snapshot, List<Pairing> proposals) {
        if (proposals.isEmpty()) {
            return List.of();
        }
        PairScorer scorer = new PairScorer(snapshot.engineProgram(), snapshot.everyone());
        List<MatchProfile> mentees = snapshot.profiles(snapshot.mentees());
        List<Proposal> views = new ArrayList<>();
        for (Pairing proposal : proposals) {
            Optional<MatchProfile> mentor = snapshot.profile(proposal.mentor());
            List<ScoredPair> fits = mentor.isEmpty() ? List.of() : proposal.mentees().stream()
                    .flatMap(mentee -> snapshot.profile(mentee).stream())
                    .map(mentee -> scorer.score(mentee, mentor.get()))
                    .toList();
            Message cohesion = fits.size() > 1
                    ? groupMatcher.cohesion(mentees, fits.stream().map(ScoredPair::menteeId).toList()) : null;
            views.add(new Proposal(proposal, snapshot.isLocked(proposal), fits(proposal, fits), cohesion));
        }
        return views;
    }

    /**
     * Loads a proposal, lets only its program's managers decide on it while it is open, audits the decision and
     * returns the pairing as it is afterwards.
     */
    /** A decision on a proposal of {@code programId}; a proposal of another program is unknown there. */
    private Pairing decideOnProposal(Id<Program> programId, Id<Pairing> proposalId, AuditAction action,
                                     BiConsumer<Actor, Pairing> decision) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Pairing proposal = pairings.get(proposalId);
            if (!proposal.programId().equals(programId)) {
                throw new NotFoundException("mentorhub.pairing.notFound", proposalId);
            }
            Program program = programs.get(proposal.programId());
            actor.requireProgramManager(program);
            program.requireOpen();
            proposal.requireStatus(PairingStatus.PROPOSED);
            decision.accept(actor, proposal);
            auditor.record(actor, action, program.id(), AuditSubject.Type.PAIRING, proposalId);
            return pairings.get(proposalId);
        });
    }

    /** Records the manager's exclusions and retracts the pairings of those pairs still waiting for an answer. */
    private void exclude(Actor actor, Id<Program> programId, UserKey mentor, List<UserKey> mentees) {
        for (UserKey mentee : mentees) {
            decisions.saveExclusion(new PairExclusion(programId, mentor, mentee, PairExclusion.Reason.EXCLUDED_BY_MANAGER,
                    actor.user(), clock.instant()));
        }
        pairings.listInvolving(programId, List.of(mentor)).stream()
                .filter(p -> p.isMentor(mentor) && p.status().isPending() && mentees.stream().anyMatch(p::isMentee))
                .forEach(p -> retract(actor, p, "pair excluded"));
    }

    private void retract(Actor actor, Pairing pairing, String why) {
        pairings.update(pairing.withStatus(PairingStatus.DECLINED));
        decisions.deleteLock(pairing.id());
        auditor.record(actor, AuditAction.PAIRING_DECLINED, pairing.programId(), AuditSubject.Type.PAIRING, pairing.id(), why);
    }

    /** The fits in the order of the pairing's mentees. */
    private static List<MenteeFit> fits(Pairing pairing, List<ScoredPair> pairs) {
        return pairs.stream()
                .map(pair -> new MenteeFit(new UserKey(pair.menteeId()), pair.explanation()))
                .sorted(Comparator.comparingInt(fit -> pairing.mentees().indexOf(fit.mentee())))
                .toList();
    }

    /**
     * The stored form of a proposal's explanation: the mean score as 0..1, the reason keys, and as text each
     * criterion's points per mentee (for Jira issues and the audit; pages render the full explanation instead).
     */
    static MatchScore matchScore(List<ScoredPair> fits) {
        double mean = fits.stream().mapToDouble(ScoredPair::score).average().orElse(0);
        List<String> reasonKeys = fits.stream()
                .flatMap(fit -> fit.explanation().contributions().stream())
                .filter(Contribution::applicable)
                .map(contribution -> contribution.reason().key())
                .distinct()
                .toList();
        String text = fits.stream().map(fit -> String.format(Locale.ROOT, "%s %.1f (%s)", fit.menteeId(), fit.score(),
                        fit.explanation().contributions().stream().filter(Contribution::applicable)
                                .map(c -> String.format(Locale.ROOT, "%s %.1f", c.criterion().name().toLowerCase(Locale.ROOT), c.points()))
                                .collect(Collectors.joining(", "))))
                .collect(Collectors.joining("; "));
        return new MatchScore(Math.min(1, mean / 100), reasonKeys,
                text.length() <= MAX_EXPLANATION_LENGTH ? text : text.substring(0, MAX_EXPLANATION_LENGTH));
    }

    /** A pairing the run proposes: a mentor and the fit of each mentee (several in group programs). */
    private record Planned(UserKey mentor, List<ScoredPair> fits, Message cohesion) {
        List<UserKey> mentees() {
            return fits.stream().map(fit -> new UserKey(fit.menteeId())).toList();
        }
    }

    /** Who a pairing joins, whatever the order of its mentees. */
    private record Members(UserKey mentor, Set<UserKey> mentees) {
        static Members of(Pairing pairing) {
            return new Members(pairing.mentor(), Set.copyOf(pairing.mentees()));
        }
    }
}
