package org.mentorhub.adapter.ao;

import static org.mentorhub.adapter.ao.Columns.date;
import static org.mentorhub.adapter.ao.Columns.enumValue;
import static org.mentorhub.adapter.ao.Columns.id;
import static org.mentorhub.adapter.ao.Columns.instant;
import static org.mentorhub.adapter.ao.Columns.issue;
import static org.mentorhub.adapter.ao.Columns.issueKey;
import static org.mentorhub.adapter.ao.Columns.key;
import static org.mentorhub.adapter.ao.Columns.lines;
import static org.mentorhub.adapter.ao.Columns.millis;
import static org.mentorhub.adapter.ao.Columns.name;
import static org.mentorhub.adapter.ao.Columns.period;
import static org.mentorhub.adapter.ao.Columns.user;
import static org.mentorhub.adapter.ao.Columns.uuid;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;
import org.mentorhub.domain.Agreement;
import org.mentorhub.domain.AgreementTerms;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.IssueKey;
import org.mentorhub.domain.MatchScore;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingProgress;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.PairingStanding;
import org.mentorhub.port.PairingStore;
import org.mentorhub.port.PairingSummary;

/**
 * Pairings in {@link AoPairing} rows and their mentees in {@link AoPairingMentee} rows. Every read is a fixed
 * number of queries: the pairings, then the mentees of all of them at once. Summaries take each pairing's progress
 * from its own row, where the services store it.
 */
@Named
public class AoPairingStore implements PairingStore {
    private static final String OLDEST_FIRST = AoPairing.CREATED_AT + ", ID";

    private final ActiveObjects ao;

    @Inject
    public AoPairingStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void insert(Pairing pairing) {
        ao.executeInTransaction(() -> {
            ao.create(AoPairing.class, columns(pairing).set(AoPairing.STANDING, standing(pairing, PairingProgress.NONE)).values());
            insertMentees(pairing);
            return null;
        });
    }

    @Override
    public void update(Pairing pairing) {
        ao.executeInTransaction(() -> {
            AoPairing row = Arrays.stream(ao.find(AoPairing.class, byId(pairing.id()))).findFirst()
                .orElseThrow(() -> new NotFoundException("mentorhub.pairing.notFound", pairing.id()));
            columns(pairing).set(AoPairing.STANDING, standing(pairing, progress(row))).writeTo(row);
            ao.deleteWithSQL(AoPairingMentee.class, InPairing.PAIRING_UUID + " = ?", uuid(pairing.id()));
            insertMentees(pairing);
            return null;
        });
    }

    @Override
    public Optional<Pairing> find(Id<Pairing> id) {
        return pairings(ao.find(AoPairing.class, byId(id)), mentees(InPairing.PAIRING_UUID + " = ?", uuid(id))).stream().findFirst();
    }

    @Override
    public Optional<Pairing> findByIssueKey(IssueKey issueKey) {
        AoPairing[] rows = ao.find(AoPairing.class, Query.select().where(InJira.ISSUE_KEY + " = ?", issueKey.value()));
        if (rows.length == 0) {
            return Optional.empty();
        }
        return pairings(rows, mentees(InPairing.PAIRING_UUID + " = ?", rows[0].getUuid())).stream().findFirst();
    }

    @Override
    public List<Pairing> listByProgram(Id<Program> programId) {
        return pairings(ao.find(AoPairing.class, byProgram(programId)), mentees(InProgram.PROGRAM_UUID + " = ?", uuid(programId)));
    }

    /**
     * One query finds the pairings (mentor or any mentee among the users), one more their mentees.
     */
    @Override
    public List<Pairing> listInvolving(Id<Program> programId, Collection<UserKey> users) {
        List<String> keys = users.stream().distinct().map(Columns::key).toList();
        Map<String, AoPairing> involved = new HashMap<>();
        for (List<String> batch : InList.batches(keys)) {
            Object[] parameters = Stream.concat(Stream.of(uuid(programId)), Stream.concat(batch.stream(), batch.stream())).toArray();
            involved.putAll(joinedWithMentees("p." + InProgram.PROGRAM_UUID + " = ? AND (" + InList.in("p." + AoPairing.MENTOR_KEY, batch)
                + " OR " + InList.in("m." + AoPairingMentee.MENTEE_KEY, batch) + ")", parameters));
        }
        Rows rows = withMentees(involved.values());
        return pairings(rows.pairings(), rows.mentees());
    }

    /** One query finds the user's pairings, one more their mentees (per batch of 500 pairings); the progress is on the pairing rows. */
    @Override
    public List<PairingSummary> summarizeInvolving(UserKey user) {
        return summaries(withMentees(joinedWithMentees(
            "p." + AoPairing.MENTOR_KEY + " = ? OR m." + AoPairingMentee.MENTEE_KEY + " = ?", key(user), key(user)).values()));
    }

    /** Two queries: the pairings, with their stored progress, and their mentees. */
    @Override
    public List<PairingSummary> summarize(Id<Program> programId) {
        return summaries(new Rows(ao.find(AoPairing.class, byProgram(programId)), mentees(InProgram.PROGRAM_UUID + " = ?", uuid(programId))));
    }

    /**
     * One streamed query of one column per pairing ({@link AoPairing#getStanding()}, mentees included); only pairings
     * without it (too long for the column, or written before version 4) are read from their columns and mentees, two
     * queries per {@value InList#BATCH} of them.
     */
    @Override
    public List<PairingStanding> standings(Id<Program> programId) {
        List<PairingStanding> standings = new ArrayList<>();
        List<Integer> unencoded = new ArrayList<>();
        ao.stream(AoPairing.class, Query.select("ID, " + AoPairing.STANDING).where(InProgram.PROGRAM_UUID + " = ?", uuid(programId)),
            row -> {
                String standing = row.getStanding();
                if (standing == null) {
                    unencoded.add(row.getID());
                } else {
                    standings.add(StandingColumn.decode(standing));
                }
            });
        withStandings(unencoded, (row, standing) -> standings.add(standing));
        return standings;
    }

    /**
     * Writes every pairing's {@link AoPairing#getStanding()} from its columns and mentees: for the model upgrade that
     * adds the column.
     */
    public void refreshStandings() {
        List<Integer> ids = new ArrayList<>();
        ao.stream(AoPairing.class, Query.select("ID"), row -> ids.add(row.getID()));
        withStandings(ids, (row, standing) -> {
            row.setStanding(StandingColumn.encode(standing));
            row.save();
        });
    }

    /** The pairing rows with these ids, each with its standing from its columns and mentees: two queries per batch. */
    private void withStandings(List<Integer> rowIds, BiConsumer<AoPairing, PairingStanding> each) {
        for (List<Integer> batch : InList.batches(rowIds)) {
            AoPairing[] rows = ao.find(AoPairing.class, Query.select().where(InList.in("ID", batch), batch.toArray()));
            Map<String, List<AoPairingMentee>> mentees = menteeRowsOf(Arrays.stream(rows).map(AoPairing::getUuid).toList());
            for (AoPairing row : rows) {
                each.accept(row, standingOf(row, menteeKeys(mentees.get(row.getUuid())), progress(row)));
            }
        }
    }

    @Override
    public void saveProgress(Id<Pairing> id, PairingProgress progress) {
        ao.executeInTransaction(() -> {
            AoPairing row = Arrays.stream(ao.find(AoPairing.class, byId(id))).findFirst()
                .orElseThrow(() -> new NotFoundException("mentorhub.pairing.notFound", id));
            new Row()
                .set(AoPairing.GOALS, progress.goals())
                .set(AoPairing.GOALS_DONE, progress.goalsDone())
                .set(AoPairing.MILESTONES, progress.milestones())
                .set(AoPairing.MILESTONES_DONE, progress.milestonesDone())
                .set(AoPairing.FIRST_OPEN_MILESTONE_DUE, date(progress.firstOpenMilestoneDue()))
                .set(AoPairing.LAST_HELD_CHECK_IN, millis(progress.lastHeldCheckIn()))
                .set(AoPairing.STANDING, StandingColumn.encode(standingOf(row, menteesOf(row.getUuid()), progress)))
                .writeTo(row);
            return null;
        });
    }

    private static List<PairingSummary> summaries(Rows rows) {
        Map<String, List<AoPairingMentee>> byPairing = menteesByPairing(rows.mentees());
        return Arrays.stream(rows.pairings())
            .map(row -> new PairingSummary(pairing(row, byPairing.getOrDefault(row.getUuid(), List.of())), progress(row)))
            .toList();
    }

    private static String standing(Pairing pairing, PairingProgress progress) {
        return StandingColumn.encode(new PairingStanding(pairing.id(), pairing.status(), pairing.mentor(), pairing.mentees(),
            pairing.startDate(), cadence(pairing), pairing.createdAt(), progress));
    }

    private static Period cadence(Pairing pairing) {
        return pairing.agreement() == null ? null : pairing.agreement().terms().meetingCadence();
    }

    private static PairingStanding standingOf(AoPairing row, List<UserKey> mentees, PairingProgress progress) {
        return new PairingStanding(id(row.getUuid()), enumValue(PairingStatus.class, row.getStatus()), user(row.getMentorKey()), mentees,
            date(row.getStartDate()), period(row.getMeetingCadence()), instant(row.getCreatedAt()), progress);
    }

    /** The pairing's mentees in list order. */
    private List<UserKey> menteesOf(String pairingUuid) {
        return menteeKeys(menteeRowsOf(List.of(pairingUuid)).get(pairingUuid));
    }

    /** The mentee rows of these pairings, in list order per pairing, one query. */
    private Map<String, List<AoPairingMentee>> menteeRowsOf(List<String> pairingUuids) {
        return pairingUuids.isEmpty() ? Map.of()
            : menteesByPairing(mentees(InList.in(InPairing.PAIRING_UUID, pairingUuids), pairingUuids.toArray()));
    }

    private static List<UserKey> menteeKeys(List<AoPairingMentee> rows) {
        return rows == null ? List.of() : rows.stream().map(row -> user(row.getMenteeKey())).toList();
    }

    private static PairingProgress progress(AoPairing row) {
        return new PairingProgress(row.getGoals(), row.getGoalsDone(), row.getMilestones(), row.getMilestonesDone(),
            date(row.getFirstOpenMilestoneDue()), instant(row.getLastHeldCheckIn()));
    }

    /**
     * The pairings (alias {@code p}) joined with their mentees (alias {@code m}) that match {@code where}, by UUID. The join
     * yields a pairing once per mentee; the rows are merged here, as {@code DISTINCT} over its text columns fails on Oracle.
     */
    private Map<String, AoPairing> joinedWithMentees(String where, Object... parameters) {
        AoPairing[] rows = ao.find(AoPairing.class, Query.select()
            .alias(AoPairing.class, "p")
            .alias(AoPairingMentee.class, "m")
            .join(AoPairingMentee.class, "m." + InPairing.PAIRING_UUID + " = p." + Identified.UUID)
            .where(where, parameters));
        Map<String, AoPairing> byUuid = new HashMap<>();
        Arrays.stream(rows).forEach(row -> byUuid.put(row.getUuid(), row));
        return byUuid;
    }

    /** The rows oldest first, with their mentees read in batches. */
    private Rows withMentees(Collection<AoPairing> found) {
        List<AoPairing> rows = found.stream()
            .sorted(Comparator.comparingLong(AoPairing::getCreatedAt).thenComparingInt(AoPairing::getID))
            .toList();
        List<String> ids = rows.stream().map(AoPairing::getUuid).toList();
        List<AoPairingMentee> mentees = new ArrayList<>();
        for (List<String> batch : InList.batches(ids)) {
            mentees.addAll(mentees(InList.in(InPairing.PAIRING_UUID, batch), batch.toArray()));
        }
        return new Rows(rows.toArray(AoPairing[]::new), mentees);
    }

    /** Pairing rows and the mentee rows of all of them. */
    private record Rows(AoPairing[] pairings, List<AoPairingMentee> mentees) {
    }

    private static Query byId(Id<Pairing> id) {
        return Query.select().where(Identified.UUID + " = ?", uuid(id));
    }

    private static Query byProgram(Id<Program> programId) {
        return Query.select().where(InProgram.PROGRAM_UUID + " = ?", uuid(programId)).order(OLDEST_FIRST);
    }

    private List<AoPairingMentee> mentees(String where, Object... parameters) {
        return Arrays.asList(ao.find(AoPairingMentee.class, Query.select().where(where, parameters)));
    }

    private void insertMentees(Pairing pairing) {
        Agreement agreement = pairing.agreement();
        List<UserKey> mentees = pairing.mentees();
        for (int i = 0; i < mentees.size(); i++) {
            Instant agreedAt = agreement == null ? null : agreement.menteesAcceptedAt().get(mentees.get(i));
            ao.create(AoPairingMentee.class, new Row()
                .set(InPairing.PAIRING_UUID, uuid(pairing.id()))
                .set(InProgram.PROGRAM_UUID, uuid(pairing.programId()))
                .set(AoPairingMentee.MENTEE_KEY, key(mentees.get(i)))
                .set(AoPairingMentee.LIST_INDEX, i)
                .set(AoPairingMentee.AGREED_AT, millis(agreedAt))
                .values());
        }
    }

    private static Row columns(Pairing pairing) {
        MatchScore score = pairing.matchScore();
        Agreement agreement = pairing.agreement();
        AgreementTerms terms = agreement == null ? null : agreement.terms();
        return new Row()
            .set(Identified.UUID, uuid(pairing.id()))
            .set(InProgram.PROGRAM_UUID, uuid(pairing.programId()))
            .set(AoPairing.MENTOR_KEY, key(pairing.mentor()))
            .set(AoPairing.STATUS, name(pairing.status()))
            .set(AoPairing.SCORE, score == null ? null : score.value())
            .set(AoPairing.SCORE_REASONS, score == null ? null : lines(score.reasonKeys()))
            .set(AoPairing.SCORE_EXPLANATION, score == null ? null : score.explanation())
            .set(AoPairing.CONFIDENTIAL, terms == null ? null : terms.confidential())
            .set(AoPairing.MEETING_CADENCE, terms == null ? null : period(terms.meetingCadence()))
            .set(AoPairing.AGREED_DURATION, terms == null ? null : period(terms.duration()))
            .set(AoPairing.EXPECTATIONS, terms == null ? null : terms.expectations())
            .set(AoPairing.MENTOR_AGREED_AT, agreement == null ? null : millis(agreement.mentorAcceptedAt()))
            .set(AoPairing.START_DATE, date(pairing.startDate()))
            .set(AoPairing.END_DATE, date(pairing.endDate()))
            .set(AoPairing.ISSUE_KEY, issue(pairing.jiraIssueKey()))
            .set(AoPairing.CREATED_AT, millis(pairing.createdAt()));
    }

    private static List<Pairing> pairings(AoPairing[] rows, List<AoPairingMentee> mentees) {
        Map<String, List<AoPairingMentee>> byPairing = menteesByPairing(mentees);
        return Arrays.stream(rows).map(row -> pairing(row, byPairing.getOrDefault(row.getUuid(), List.of()))).toList();
    }

    private static Map<String, List<AoPairingMentee>> menteesByPairing(List<AoPairingMentee> mentees) {
        return mentees.stream()
            .sorted(Comparator.comparingInt(AoPairingMentee::getListIndex))
            .collect(Collectors.groupingBy(AoPairingMentee::getPairingUuid));
    }

    private static Pairing pairing(AoPairing row, List<AoPairingMentee> mentees) {
        MatchScore score = row.getScore() == null ? null
            : new MatchScore(row.getScore(), lines(row.getScoreReasons()), row.getScoreExplanation());
        return new Pairing(id(row.getUuid()), id(row.getProgramUuid()), user(row.getMentorKey()),
            mentees.stream().map(mentee -> user(mentee.getMenteeKey())).toList(),
            enumValue(PairingStatus.class, row.getStatus()), score, agreement(row, mentees),
            date(row.getStartDate()), date(row.getEndDate()), issueKey(row.getIssueKey()), instant(row.getCreatedAt()));
    }

    /** The meeting cadence is required terms, so it is set exactly when the pairing has an agreement. */
    private static Agreement agreement(AoPairing row, List<AoPairingMentee> mentees) {
        if (row.getMeetingCadence() == null) {
            return null;
        }
        AgreementTerms terms = new AgreementTerms(Boolean.TRUE.equals(row.getConfidential()), period(row.getMeetingCadence()),
            period(row.getAgreedDuration()), row.getExpectations());
        Map<UserKey, Instant> menteesAgreed = mentees.stream()
            .filter(mentee -> mentee.getAgreedAt() != null)
            .collect(Collectors.toMap(mentee -> user(mentee.getMenteeKey()), mentee -> instant(mentee.getAgreedAt())));
        return new Agreement(terms, instant(row.getMentorAgreedAt()), menteesAgreed);
    }
}
