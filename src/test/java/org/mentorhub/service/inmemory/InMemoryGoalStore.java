package org.mentorhub.service.inmemory;

import java.util.Comparator;
import java.util.Optional;
import org.mentorhub.domain.ActionPlan;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Pairing;
import org.mentorhub.port.GoalStore;

final class InMemoryGoalStore implements GoalStore {
    private static final Comparator<Goal> PLAN_ORDER = Comparator
            .comparing(Goal::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Goal::title);

    private final InMemoryTable<Id<Goal>, Goal> goals;
    private final InMemoryTable<Id<Milestone>, Milestone> milestones;

    InMemoryGoalStore(InMemoryTransactions transactions) {
        goals = new InMemoryTable<>(transactions);
        milestones = new InMemoryTable<>(transactions);
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
}
