package org.mentorhub.service;

import java.time.Clock;
import java.time.LocalDate;
import org.mentorhub.domain.ActionPlan;
import org.mentorhub.domain.AuditAction;
import org.mentorhub.domain.AuditSubject;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.ProgressStatus;
import org.mentorhub.port.GoalStore;
import org.mentorhub.port.Locks;
import org.mentorhub.port.PairingStore;
import org.mentorhub.port.ProgramStore;
import org.mentorhub.port.SessionStore;
import org.mentorhub.port.Transactions;
import org.mentorhub.service.ProgressRecount.Written;

/** The pair's action plan: goals, their milestones, and completing them. Only the pair works on it. */
public class ProgressService {
    private final ProgramStore programs;
    private final PairingStore pairings;
    private final GoalStore goals;
    private final Access access;
    private final Auditor auditor;
    private final Transactions transactions;
    private final ProgressRecount recount;
    private final Clock clock;

    public ProgressService(ProgramStore programs, PairingStore pairings, GoalStore goals, SessionStore sessions, Access access,
                           Auditor auditor, Transactions transactions, Locks locks, Clock clock) {
        this.programs = programs;
        this.pairings = pairings;
        this.goals = goals;
        this.access = access;
        this.auditor = auditor;
        this.transactions = transactions;
        this.recount = new ProgressRecount(pairings, goals, sessions, transactions, locks);
        this.clock = clock;
    }

    public Goal addGoal(Id<Pairing> pairingId, String title, String description, LocalDate dueDate) {
        Actor actor = access.caller();
        return recount.writing(pairingId, () -> {
            Pairing pairing = livePairingOfMember(actor, pairingId);
            Goal goal = Goal.open(pairingId, title, description, dueDate);
            goals.insertGoal(goal);
            auditor.record(actor, AuditAction.GOAL_ADDED, pairing.programId(), AuditSubject.Type.GOAL, goal.id());
            return new Written<>(pairing, goal);
        });
    }

    public Milestone addMilestone(Id<Goal> goalId, String title, LocalDate dueDate) {
        Actor actor = access.caller();
        return recount.writing(pairingOf(goalId), () -> {
            Goal goal = goals.getGoal(goalId);
            Pairing pairing = livePairingOfMember(actor, goal.pairingId());
            if (goal.status() == ProgressStatus.DONE) {
                throw new ConflictException("mentorhub.progress.alreadyDone");
            }
            Milestone milestone = Milestone.open(goal, title, dueDate);
            goals.insertMilestone(milestone);
            auditor.record(actor, AuditAction.MILESTONE_ADDED, pairing.programId(), AuditSubject.Type.MILESTONE, milestone.id());
            return new Written<>(pairing, milestone);
        });
    }

    /** Completes a goal whose milestones are done; returns the plan, which is complete once every goal is. */
    public ActionPlan completeGoal(Id<Goal> goalId) {
        Actor actor = access.caller();
        return recount.writing(pairingOf(goalId), () -> {
            Goal goal = goals.getGoal(goalId);
            Pairing pairing = livePairingOfMember(actor, goal.pairingId());
            goals.actionPlan(pairing.id()).requireCompletable(goalId);
            goals.updateGoal(goal.done(clock.instant()));
            auditor.record(actor, AuditAction.GOAL_COMPLETED, pairing.programId(), AuditSubject.Type.GOAL, goalId);
            ActionPlan plan = goals.actionPlan(pairing.id());
            if (plan.isComplete()) {
                auditor.record(actor, AuditAction.ACTION_PLAN_COMPLETED, pairing.programId(), AuditSubject.Type.PAIRING, pairing.id());
            }
            return new Written<>(pairing, plan);
        });
    }

    public ActionPlan completeMilestone(Id<Milestone> milestoneId) {
        Actor actor = access.caller();
        Id<Pairing> pairingId = transactions.call(() -> goals.getMilestone(milestoneId).pairingId());
        return recount.writing(pairingId, () -> {
            Milestone milestone = goals.getMilestone(milestoneId);
            Pairing pairing = livePairingOfMember(actor, milestone.pairingId());
            goals.updateMilestone(milestone.done(clock.instant()));
            auditor.record(actor, AuditAction.MILESTONE_COMPLETED, pairing.programId(), AuditSubject.Type.MILESTONE, milestoneId);
            return new Written<>(pairing, goals.actionPlan(pairing.id()));
        });
    }

    /** The plan, for the pair and the program's managers. */
    public ActionPlan actionPlan(Id<Pairing> pairingId) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Pairing pairing = pairings.get(pairingId);
            actor.requirePairMemberOrProgramManager(pairing, programs.get(pairing.programId()));
            return goals.actionPlan(pairingId);
        });
    }

    /** The goal's pairing, which never changes: read before the write, to take the pairing's lock. */
    private Id<Pairing> pairingOf(Id<Goal> goalId) {
        return transactions.call(() -> goals.getGoal(goalId).pairingId());
    }

    /** Plans change only while the pairing holds its place: accepted or active. */
    private Pairing livePairingOfMember(Actor actor, Id<Pairing> pairingId) {
        Pairing pairing = pairings.get(pairingId);
        actor.requirePairMember(pairing);
        if (!pairing.status().holdsCapacity()) {
            throw new ConflictException("mentorhub.pairing.notLive", pairing.status());
        }
        return pairing;
    }
}
