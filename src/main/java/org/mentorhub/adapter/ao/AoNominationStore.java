package org.mentorhub.adapter.ao;

import static org.mentorhub.adapter.ao.Columns.enumValue;
import static org.mentorhub.adapter.ao.Columns.id;
import static org.mentorhub.adapter.ao.Columns.instant;
import static org.mentorhub.adapter.ao.Columns.issue;
import static org.mentorhub.adapter.ao.Columns.issueKey;
import static org.mentorhub.adapter.ao.Columns.key;
import static org.mentorhub.adapter.ao.Columns.millis;
import static org.mentorhub.adapter.ao.Columns.name;
import static org.mentorhub.adapter.ao.Columns.user;
import static org.mentorhub.adapter.ao.Columns.uuid;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Nomination;
import org.mentorhub.domain.NominationStatus;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.NominationStore;

/** Nominations in {@link AoNomination} rows. */
@Named
public class AoNominationStore implements NominationStore {
    private final ActiveObjects ao;

    @Inject
    public AoNominationStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void insert(Nomination nomination) {
        ao.create(AoNomination.class, columns(nomination).values());
    }

    @Override
    public void update(Nomination nomination) {
        ao.executeInTransaction(() -> {
            AoNomination row = first(Query.select().where(Identified.UUID + " = ?", uuid(nomination.id())))
                .orElseThrow(() -> new NotFoundException("mentorhub.nomination.notFound", nomination.id()));
            columns(nomination).writeTo(row);
            return null;
        });
    }

    @Override
    public Optional<Nomination> find(Id<Nomination> id) {
        return first(Query.select().where(Identified.UUID + " = ?", uuid(id))).map(AoNominationStore::nomination);
    }

    @Override
    public List<Nomination> listByProgram(Id<Program> programId) {
        return Arrays.stream(ao.find(AoNomination.class, Query.select()
                .where(InProgram.PROGRAM_UUID + " = ?", uuid(programId))
                .order(AoNomination.CREATED_AT + " DESC, ID DESC")))
            .map(AoNominationStore::nomination)
            .toList();
    }

    @Override
    public Optional<Nomination> findPending(Id<Program> programId, UserKey nominee) {
        return first(Query.select().where(InProgram.PROGRAM_UUID + " = ? AND " + AoNomination.NOMINEE_KEY + " = ? AND "
                + AoNomination.STATUS + " = ?", uuid(programId), key(nominee), name(NominationStatus.PENDING)))
            .map(AoNominationStore::nomination);
    }

    private Optional<AoNomination> first(Query query) {
        return Arrays.stream(ao.find(AoNomination.class, query)).findFirst();
    }

    private static Row columns(Nomination nomination) {
        return new Row()
            .set(Identified.UUID, uuid(nomination.id()))
            .set(InProgram.PROGRAM_UUID, uuid(nomination.programId()))
            .set(AoNomination.NOMINEE_KEY, key(nomination.nominee()))
            .set(AoNomination.NOMINATOR_KEY, key(nomination.nominator()))
            .set(AoNomination.NOMINEE_ROLE, name(nomination.role()))
            .set(AoNomination.REASON, nomination.reason())
            .set(AoNomination.STATUS, name(nomination.status()))
            .set(AoNomination.ISSUE_KEY, issue(nomination.jiraIssueKey()))
            .set(AoNomination.CREATED_AT, millis(nomination.createdAt()))
            .set(AoNomination.DECIDED_AT, millis(nomination.decidedAt()));
    }

    private static Nomination nomination(AoNomination row) {
        return new Nomination(id(row.getUuid()), id(row.getProgramUuid()), user(row.getNomineeKey()), user(row.getNominatorKey()),
            enumValue(ParticipantRole.class, row.getNomineeRole()), row.getReason(), enumValue(NominationStatus.class, row.getStatus()),
            issueKey(row.getIssueKey()), instant(row.getCreatedAt()), instant(row.getDecidedAt()));
    }
}
