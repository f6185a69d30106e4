package org.mentorhub.service.inmemory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mentorhub.domain.ActionPlan;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgressStatus;
import org.mentorhub.port.GoalStore;

final class InMemoryGoalStore implements GoalStore {
    private static final Comparator<Goal> PLAN_ORDER = Comparator
            .comparing(Goal::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Goal::title);

    private final InMemoryTable<Id<Goal>, Goal> goals;
    private final InMemoryTable<Id<Milestone>, Milestone> milestones;
    private final InMemoryTable<Id<Pairing>, Pairing> pairings;

    /** @param pairings the pairing store's table, which says which program a goal's pairing belongs to */
    InMemoryGoalStore(InMemoryTransactions transactions, InMemoryTable<Id<Pairing>, Pairing> pairings) {
        goals = new InMemoryTable<>(transactions);
        milestones = new InMemoryTable<>(transactions);
        this.pairings = pairings;
    }

    @Override
    public void insertGoal(Goal goal) {
        goals.insert(goal.id(), goal, () -> new IllegalStateException("duplicate goal id"));
    }

    @Override
    public void updateGoal(Goal goal) {
        goals.update(goal.id(), goal, () -> new NotFoundException("mentorhub.goal.notFound", goal.id()));
    }

    @Override
    public Optional<Goal> findGoal(Id<Goal> id) {
        return goals.find(id);
    }

    @Override
    public void insertMilestone(Milestone milestone) {
        milestones.insert(milestone.id(), milestone, () -> new IllegalStateException("duplicate milestone id"));
    }

    @Override
    public void updateMilestone(Milestone milestone) {
        milestones.update(milestone.id(), milestone, () -> new NotFoundException("mentorhub.milestone.notFound", milestone.id()));
    }

    @Override
    public Optional<Milestone> findMilestone(Id<Milestone> id) {
        return milestones.find(id);
    }

    @Override
    public ActionPlan actionPlan(Id<Pairing> pairingId) {
        return new ActionPlan(pairingId,
                goals.rows().filter(g -> g.pairingId().equals(pairingId)).sorted(PLAN_ORDER).toList(),
                milestones.rows().filter(m -> m.pairingId().equals(pairingId)).toList());
    }

    @Override
    public List<Milestone> listOverdueMilestones(Collection<Id<Pairing>> pairingIds, LocalDate day) {
        return milestones.rows()
                .filter(m -> pairingIds.contains(m.pairingId()) && isOverdue(m, day))
                .sorted(Comparator.comparing(Milestone::dueDate).thenComparing(Milestone::title))
                .toList();
    }

    private static boolean isOverdue(Milestone milestone, LocalDate day) {
        return milestone.status() == ProgressStatus.OPEN && milestone.dueDate() != null && milestone.dueDate().isBefore(day);
    }

    @Override
    public int countGoalsCompleted(Id<Program> programId, Instant from, Instant to) {
        return (int) goalsOf(programId)
                .map(Goal::completedAt)
                .filter(at -> at != null && !at.isBefore(from) && at.isBefore(to))
                .count();
    }

    /** The goals of the program's pairings, in one pass over the table (what a goal's program column gives a database). */
    private Stream<Goal> goalsOf(Id<Program> programId) {
        Set<Id<Pairing>> ofProgram = pairingsOf(programId);
        return goals.rows().filter(g -> ofProgram.contains(g.pairingId()));
    }

    private Set<Id<Pairing>> pairingsOf(Id<Program> programId) {
        return pairings.rows().filter(p -> p.programId().equals(programId)).map(Pairing::id).collect(Collectors.toSet());
    }
}
