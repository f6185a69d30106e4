package org.mentorhub.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.BiFunction;
import org.mentorhub.domain.AgreementTerms;
import org.mentorhub.domain.AuditAction;
import org.mentorhub.domain.AuditSubject;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.IssueKey;
import org.mentorhub.domain.MatchScore;
import org.mentorhub.domain.PairExclusion;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.Locks;
import org.mentorhub.port.MatchingDecisionStore;
import org.mentorhub.port.PairingStore;
import org.mentorhub.port.PairingSummary;
import org.mentorhub.port.ParticipantStore;
import org.mentorhub.port.ProgramStore;
import org.mentorhub.port.Transactions;
import org.mentorhub.port.TrainingStore;

/**
 * Making pairings (a manager proposes, a mentee requests), the mentor's answer, the agreement handshake
 * and the end of a pairing.
 *
 * <p>Capacity is a check-then-act: it is checked when a pairing is made (to fail early) and again,
 * authoritatively, when the mentor accepts, under the program's pairing-places lock and inside the
 * transaction that stores the acceptance.
 */
public class PairingService {
    private final ProgramStore programs;
    private final ParticipantStore participants;
    private final PairingStore pairings;
    private final MatchingDecisionStore decisions;
    private final PairingGate gate;
    private final Access access;
    private final Auditor auditor;
    private final Transactions transactions;
    private final Locks locks;
    private final Clock clock;

    public PairingService(ProgramStore programs, ParticipantStore participants, PairingStore pairings, TrainingStore training,
                          MatchingDecisionStore decisions, Access access, Auditor auditor, Transactions transactions, Locks locks, Clock clock) {
        this.programs = programs;
        this.participants = participants;
        this.pairings = pairings;
        this.decisions = decisions;
        this.gate = new PairingGate(participants, pairings, training, decisions);
        this.access = access;
        this.auditor = auditor;
        this.transactions = transactions;
        this.locks = locks;
        this.clock = clock;
    }

    /** A program manager proposes a pairing (with several mentees in group programs), where the matching mode allows it. */
    public Pairing propose(Id<Program> programId, UserKey mentor, List<UserKey> mentees, MatchScore score) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Program program = programs.get(programId);
            actor.requireProgramManager(program);
            if (!program.settings().matchingMode().allowsManagerProposals()) {
                throw new ConflictException("mentorhub.pairing.proposalsNotAllowed");
            }
            return create(actor, program, Pairing.proposed(programId, mentor, mentees, score, clock.instant()));
        });
    }

    /** A mentee of the program asks a mentor of their choice, where the matching mode allows it. */
    public Pairing request(Id<Program> programId, UserKey mentor) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Program program = programs.get(programId);
            actor.require(participants.find(programId, actor.user()).filter(p -> p.isActive() && p.isMentee()).isPresent());
            if (!program.settings().matchingMode().allowsMenteeRequests()) {
                throw new ConflictException("mentorhub.pairing.requestsNotAllowed");
            }
            return create(actor, program, Pairing.requested(programId, mentor, actor.user(), clock.instant()));
        });
    }

    /** The mentor accepts a proposal or request, if they still have room. */
    public Pairing accept(Id<Pairing> pairingId) {
        Actor actor = access.caller();
        Pairing pairing = transactions.call(() -> pairings.get(pairingId));
        actor.require(pairing.isMentor(actor.user()));
        return locks.withLock(LockNames.pairingPlaces(pairing.programId()), () -> transactions.call(() -> {
            Pairing accepted = pairings.get(pairingId).withStatus(PairingStatus.ACCEPTED);
            Program program = programs.get(accepted.programId());
            program.requireAcceptsPairing();
            gate.requireFits(program, accepted);
            pairings.update(accepted);
            auditor.record(actor, AuditAction.PAIRING_ACCEPTED, program.id(), AuditSubject.Type.PAIRING, pairingId);
            withdrawOtherAsks(actor, program, accepted);
            return accepted;
        }));
    }

    /**
     * Either side turns an unanswered pairing down (a mentee withdraws a request); a program manager may retract it.
     * When the mentor declines, or a mentee declines a proposal, the pair is never proposed, suggested or paired again.
     */
    public Pairing decline(Id<Pairing> pairingId) {
        return change(pairingId, Permission.MEMBER_OR_MANAGER, (actor, p) -> {
            Pairing declined = p.withStatus(PairingStatus.DECLINED);
            excludeDeclinedPairs(actor, declined, p.status());
            return declined;
        }, AuditAction.PAIRING_DECLINED);
    }

    /**
     * Sets or renegotiates the agreement before the pairing starts; everyone must accept it again, except a member who
     * proposes the terms, who accepts them by proposing.
     */
    public Pairing setAgreement(Id<Pairing> pairingId, AgreementTerms terms) {
        FieldErrors.builder().required("agreement", terms).throwIfAny();
        FieldErrors.builder().maxPeriod("meetingCadence", terms.meetingCadence()).maxPeriod("duration", terms.duration()).throwIfAny();
        return change(pairingId, Permission.MEMBER_OR_MANAGER, (actor, p) -> {
            Pairing proposed = p.withAgreementTerms(terms);
            return actor.isPairMember(p) ? proposed.agreementAcceptedBy(actor.user(), clock) : proposed;
        }, AuditAction.AGREEMENT_SET);
    }

    /** A member accepts the agreement; the last acceptance starts the pairing. */
    public Pairing acceptAgreement(Id<Pairing> pairingId) {
        return change(pairingId, Permission.MEMBER, (actor, p) -> p.agreementAcceptedBy(actor.user(), clock), AuditAction.AGREEMENT_ACCEPTED);
    }

    public Pairing complete(Id<Pairing> pairingId) {
        return change(pairingId, Permission.MENTOR_OR_MANAGER, (actor, p) -> p.completed(LocalDate.now(clock)), AuditAction.PAIRING_COMPLETED);
    }

    public Pairing endEarly(Id<Pairing> pairingId) {
        return change(pairingId, Permission.MEMBER_OR_MANAGER, (actor, p) -> p.endedEarly(LocalDate.now(clock)), AuditAction.PAIRING_ENDED_EARLY);
    }

    /**
     * A program manager links the pair to the Jira issue that stands for it ({@code null} unlinks it), so the issue shows
     * the pair's panel. Only pairs (accepted, running or finished) have an issue, and an issue stands for one pair.
     */
    public Pairing linkIssue(Id<Pairing> pairingId, IssueKey issueKey) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Pairing pairing = pairings.get(pairingId);
            Program program = programs.get(pairing.programId());
            actor.requireProgramManager(program);
            if (!pairing.status().isPair()) {
                throw new ConflictException("mentorhub.pairing.issueBeforeAccepted");
            }
            if (issueKey != null) {
                pairings.findByIssueKey(issueKey).filter(other -> !other.id().equals(pairingId)).ifPresent(other -> {
                    throw new ConflictException("mentorhub.pairing.issueTaken", issueKey);
                });
            }
            Pairing linked = pairing.withJiraIssueKey(issueKey);
            pairings.update(linked);
            auditor.record(actor, AuditAction.PAIRING_ISSUE_LINKED, program.id(), AuditSubject.Type.PAIRING, pairingId,
                    pairing.jiraIssueKey() + " -> " + issueKey);
            return linked;
        });
    }

    public Pairing view(Id<Pairing> pairingId) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Pairing pairing = pairings.get(pairingId);
            actor.requirePairMemberOrProgramManager(pairing, programs.get(pairing.programId()));
            return pairing;
        });
    }

    /** Every pairing of the program with its action-plan progress, for the program's managers. */
    public List<PairingSummary> overview(Id<Program> programId) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            actor.requireProgramManager(programs.get(programId));
            return pairings.summarize(programId);
        });
    }

    /**
     * The pairings, in every program, in which the caller is the mentor or a mentee, oldest first, with their program's
     * name, the other members and the action plan's progress. Everyone may ask about their own pairings.
     */
    public List<MyPairing> mine() {
        Actor actor = access.caller();
        return transactions.call(() -> {
            List<PairingSummary> summaries = pairings.summarizeInvolving(actor.user());
            Map<Id<Program>, String> programNames = programs.list().stream().collect(Collectors.toMap(Program::id, p -> p.settings().name()));
            return summaries.stream().map(summary -> {
                Pairing pairing = summary.pairing();
                boolean mentor = pairing.isMentor(actor.user());
                List<UserKey> counterparts = pairing.members().stream().filter(member -> !member.equals(actor.user())).toList();
                return new MyPairing(pairing, programNames.get(pairing.programId()), mentor ? ParticipantRole.MENTOR : ParticipantRole.MENTEE,
                        counterparts, summary.goals(), summary.goalsDone());
            }).toList();
        });
    }

    private Pairing create(Actor actor, Program program, Pairing pairing) {
        program.requireAcceptsPairing();
        gate.requireFits(program, pairing);
        pairings.insert(pairing);
        auditor.record(actor, AuditAction.forPairingStatus(pairing.status()), program.id(), AuditSubject.Type.PAIRING, pairing.id());
        return pairing;
    }

    /**
     * Where a mentee holds one pairing at a time, the other mentors the mentee asked (or was proposed to) stop waiting once
     * one accepts: those pairings are withdrawn, without excluding the pair from later matching.
     */
    private void withdrawOtherAsks(Actor actor, Program program, Pairing accepted) {
        if (program.type().allowsConcurrentPairingsPerMentee()) {
            return;
        }
        for (Pairing other : pairings.listInvolving(program.id(), accepted.mentees())) {
            if (other.status().isPending() && !other.id().equals(accepted.id()) && accepted.mentees().containsAll(other.mentees())) {
                pairings.update(other.withStatus(PairingStatus.DECLINED));
                auditor.record(actor, AuditAction.PAIRING_DECLINED, program.id(), AuditSubject.Type.PAIRING, other.id(),
                        "withdrawn: mentee paired with " + accepted.mentor());
            }
        }
    }

    private void excludeDeclinedPairs(Actor actor, Pairing declined, PairingStatus before) {
        List<UserKey> declinedMentees = declined.isMentor(actor.user()) ? declined.mentees()
                : declined.isMentee(actor.user()) && before == PairingStatus.PROPOSED ? List.of(actor.user())
                : List.of();
        for (UserKey mentee : declinedMentees) {
            decisions.saveExclusion(new PairExclusion(declined.programId(), declined.mentor(), mentee, PairExclusion.Reason.DECLINED,
                    actor.user(), clock.instant()));
        }
    }

    /** Loads, authorizes, changes and stores one pairing, auditing the change and any status it reaches. */
    private Pairing change(Id<Pairing> pairingId, Permission permission, BiFunction<Actor, Pairing, Pairing> change, AuditAction action) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Pairing pairing = pairings.get(pairingId);
            Program program = programs.get(pairing.programId());
            actor.require(permission.allows(actor, pairing, program));
            Pairing changed = change.apply(actor, pairing);
            pairings.update(changed);
            auditor.record(actor, action, program.id(), AuditSubject.Type.PAIRING, pairingId);
            AuditAction reached = AuditAction.forPairingStatus(changed.status());
            if (changed.status() != pairing.status() && reached != action) {
                auditor.record(actor, reached, program.id(), AuditSubject.Type.PAIRING, pairingId);
            }
            return changed;
        });
    }

    /** Who may change a pairing. */
    private enum Permission {
        MEMBER, MEMBER_OR_MANAGER, MENTOR_OR_MANAGER;

        boolean allows(Actor actor, Pairing pairing, Program program) {
            return switch (this) {
                case MEMBER -> actor.isPairMember(pairing);
                case MEMBER_OR_MANAGER -> actor.isPairMember(pairing) || actor.managesProgram(program);
                case MENTOR_OR_MANAGER -> pairing.isMentor(actor.user()) || actor.managesProgram(program);
            };
        }
    }
}
