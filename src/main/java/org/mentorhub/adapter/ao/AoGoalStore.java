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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.mentorhub.port.ProgressCount;

/** Goals in {@link AoGoal} rows and milestones in {@link AoMilestone} rows; an action plan reads in two queries. */
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

    @Override
    public void insertGoal(Goal goal) {
        ao.create(AoGoal.class, columns(goal).values());
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

    /** Two COUNTs in SQL, through the pairings: no milestone row leaves the database. */
    @Override
    public ProgressCount countMilestones(Id<Program> programId) {
        return new ProgressCount(ao.count(AoMilestone.class, ofProgram(AoMilestone.class, null, "", uuid(programId))),
            ao.count(AoMilestone.class, ofProgram(AoMilestone.class, null, " AND i." + PlanItem.STATUS + " = ?", uuid(programId),
                name(ProgressStatus.DONE))));
    }

    /** One query, through the pairings, streamed over the pairing ids alone (a program can have tens of thousands). */
    @Override
    public Map<Id<Pairing>, Integer> countOverdueMilestones(Id<Program> programId, LocalDate day) {
        Map<Id<Pairing>, Integer> counts = new HashMap<>();
        ao.stream(AoMilestone.class, ofProgram(AoMilestone.class, "ID, " + InPairing.PAIRING_UUID, " AND " + overdue("i."),
                uuid(programId), name(ProgressStatus.OPEN), date(day)),
            row -> counts.merge(id(row.getPairingUuid()), 1, Integer::sum));
        return counts;
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
                    .where(InList.in(InPairing.PAIRING_UUID, batch) + " AND " + overdue(""), parameters.toArray())))
                .map(AoGoalStore::milestone)
                .forEach(overdue::add);
        }
        overdue.sort(Comparator.comparing(Milestone::dueDate).thenComparing(Milestone::title));
        return overdue;
    }

    /** Open and due before a day (two parameters), with {@code alias} before each column. */
    private static String overdue(String alias) {
        return alias + PlanItem.STATUS + " = ? AND " + alias + PlanItem.DUE_DATE + " < ?";
    }

    /** One query, through the pairings, streamed over the completion time alone. */
    @Override
    public List<Instant> listGoalCompletions(Id<Program> programId, Instant from, Instant to) {
        List<Instant> completed = new ArrayList<>();
        ao.stream(AoGoal.class, ofProgram(AoGoal.class, "ID, " + PlanItem.COMPLETED_AT,
                " AND i." + PlanItem.COMPLETED_AT + " >= ? AND i." + PlanItem.COMPLETED_AT + " < ?", uuid(programId), millis(from),
                millis(to)).order("i." + PlanItem.COMPLETED_AT + ", i.ID"),
            row -> completed.add(instant(row.getCompletedAt())));
        return completed;
    }

    /**
     * The plan items (alias {@code i}) of the program's pairings, joined to the pairings: goals and milestones keep
     * only their pairing's id, so the program is one join away.
     *
     * @param columns the columns to read, {@code null} for all
     * @param andWhere more conditions on the items, starting with {@code " AND "}
     */
    private static <T extends Entity & PlanItem> Query ofProgram(Class<T> type, String columns, String andWhere, Object... parameters) {
        Query query = columns == null ? Query.select() : Query.select(columns);
        return query
            .alias(type, "i")
            .alias(AoPairing.class, "p")
            .join(AoPairing.class, "i." + InPairing.PAIRING_UUID + " = p." + Identified.UUID)
            .where("p." + InProgram.PROGRAM_UUID + " = ?" + andWhere, parameters);
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
