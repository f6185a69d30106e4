package org.mentorhub.adapter.ao;

import static org.mentorhub.adapter.ao.Columns.date;
import static org.mentorhub.adapter.ao.Columns.enumValue;
import static org.mentorhub.adapter.ao.Columns.id;
import static org.mentorhub.adapter.ao.Columns.instant;
import static org.mentorhub.adapter.ao.Columns.issue;
import static org.mentorhub.adapter.ao.Columns.issueKey;
import static org.mentorhub.adapter.ao.Columns.millis;
import static org.mentorhub.adapter.ao.Columns.name;
import static org.mentorhub.adapter.ao.Columns.uuid;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Entity;
import net.java.ao.Query;
import org.mentorhub.domain.ActionPlan;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.IssueKey;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgressStatus;
import org.mentorhub.port.GoalStore;

/**
 * Goals in {@link AoGoal} rows, which also carry their pairing's program, and milestones in {@link AoMilestone} rows;
 * an action plan reads in two queries.
 */
@Named
public class AoGoalStore implements GoalStore {
    private static final Comparator<Goal> PLAN_ORDER = Comparator
        .comparing(Goal::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Goal::title);

    private final ActiveObjects ao;

    @Inject
    public AoGoalStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** Two statements: the pairing's program, which the goal row carries for reports, and the insert. */
    @Override
    public void insertGoal(Goal goal) {
        String programUuid = Arrays.stream(ao.find(AoPairing.class, Query.select("ID, " + InProgram.PROGRAM_UUID)
                .where(Identified.UUID + " = ?", uuid(goal.pairingId()))))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("mentorhub.pairing.notFound", goal.pairingId()))
            .getProgramUuid();
        ao.create(AoGoal.class, columns(goal).set(AoGoal.PROGRAM_UUID, programUuid).values());
    }

    @Override
    public void updateGoal(Goal goal) {
        update(AoGoal.class, goal.id(), columns(goal), () -> new NotFoundException("mentorhub.goal.notFound", goal.id()));
    }

    @Override
    public Optional<Goal> findGoal(Id<Goal> id) {
        return first(AoGoal.class, id).map(AoGoalStore::goal);
    }

    @Override
    public void insertMilestone(Milestone milestone) {
        ao.create(AoMilestone.class, columns(milestone).values());
    }

    @Override
    public void updateMilestone(Milestone milestone) {
        update(AoMilestone.class, milestone.id(), columns(milestone),
            () -> new NotFoundException("mentorhub.milestone.notFound", milestone.id()));
    }

    @Override
    public Optional<Milestone> findMilestone(Id<Milestone> id) {
        return first(AoMilestone.class, id).map(AoGoalStore::milestone);
    }

    @Override
    public ActionPlan actionPlan(Id<Pairing> pairingId) {
        return new ActionPlan(pairingId,
            // Sorted here rather than in SQL: undated goals last and titles in the same order on every database.
            Arrays.stream(ao.find(AoGoal.class, ofPairing(pairingId))).map(AoGoalStore::goal).sorted(PLAN_ORDER).toList(),
            Arrays.stream(ao.find(AoMilestone.class, ofPairing(pairingId))).map(AoGoalStore::milestone).toList());
    }

    /** One query per {@value InList#BATCH} pairings; sorted here so titles order the same on every database. */
    @Override
    public List<Milestone> listOverdueMilestones(Collection<Id<Pairing>> pairingIds, LocalDate day) {
        List<Milestone> overdue = new ArrayList<>();
        for (List<String> batch : InList.batches(pairingIds.stream().map(Columns::uuid).toList())) {
            List<Object> parameters = new ArrayList<>(batch);
            parameters.add(name(ProgressStatus.OPEN));
            parameters.add(date(day));
            Arrays.stream(ao.find(AoMilestone.class, Query.select()
                    .where(InList.in(InPairing.PAIRING_UUID, batch) + " AND " + PlanItem.STATUS + " = ? AND " + PlanItem.DUE_DATE + " < ?", parameters.toArray())))
                .map(AoGoalStore::milestone)
                .forEach(overdue::add);
        }
        overdue.sort(Comparator.comparing(Milestone::dueDate).thenComparing(Milestone::title));
        return overdue;
    }

    /** One query on the goals alone, by the index on program and completion time, streamed over the completion time. */
    @Override
    public int countGoalsCompleted(Id<Program> programId, Instant from, Instant to) {
        return ao.count(AoGoal.class, Query.select()
            .where(AoGoal.PROGRAM_UUID + " = ? AND " + PlanItem.COMPLETED_AT + " >= ? AND " + PlanItem.COMPLETED_AT + " < ?",
                uuid(programId), millis(from), millis(to)));
    }

    private static Query ofPairing(Id<Pairing> pairingId) {
        return Query.select().where(InPairing.PAIRING_UUID + " = ?", uuid(pairingId)).order("ID");
    }

    private <T extends Entity & PlanItem> Optional<T> first(Class<T> type, Id<?> id) {
        return Arrays.stream(ao.find(type, Query.select().where(Identified.UUID + " = ?", uuid(id)))).findFirst();
    }

    private <T extends Entity & PlanItem> void update(Class<T> type, Id<?> id, Row columns, Supplier<NotFoundException> notFound) {
        ao.executeInTransaction(() -> {
            columns.writeTo(first(type, id).orElseThrow(notFound));
            return null;
        });
    }

    private static Row columns(Goal goal) {
        return planItem(goal.id(), goal.pairingId(), goal.title(), goal.dueDate(), goal.status(), goal.jiraIssueKey(), goal.completedAt())
            .set(AoGoal.DESCRIPTION, goal.description());
    }

    private static Row columns(Milestone milestone) {
        return planItem(milestone.id(), milestone.pairingId(), milestone.title(), milestone.dueDate(), milestone.status(),
            milestone.jiraIssueKey(), milestone.completedAt())
            .set(AoMilestone.GOAL_UUID, uuid(milestone.goalId()));
    }

    private static Row planItem(Id<?> id, Id<Pairing> pairingId, String title, LocalDate dueDate, ProgressStatus status,
                                IssueKey issueKey, Instant completedAt) {
        return new Row()
            .set(Identified.UUID, uuid(id))
            .set(InPairing.PAIRING_UUID, uuid(pairingId))
            .set(PlanItem.TITLE, title)
            .set(PlanItem.DUE_DATE, date(dueDate))
            .set(PlanItem.STATUS, name(status))
            .set(PlanItem.ISSUE_KEY, issue(issueKey))
            .set(PlanItem.COMPLETED_AT, millis(completedAt));
    }

    private static Goal goal(AoGoal row) {
        return new Goal(id(row.getUuid()), id(row.getPairingUuid()), row.getTitle(), row.getDescription(), date(row.getDueDate()),
            enumValue(ProgressStatus.class, row.getStatus()), issueKey(row.getIssueKey()), instant(row.getCompletedAt()));
    }

    private static Milestone milestone(AoMilestone row) {
        return new Milestone(id(row.getUuid()), id(row.getGoalUuid()), id(row.getPairingUuid()), row.getTitle(),
            date(row.getDueDate()), enumValue(ProgressStatus.class, row.getStatus()), issueKey(row.getIssueKey()),
            instant(row.getCompletedAt()));
    }
}
