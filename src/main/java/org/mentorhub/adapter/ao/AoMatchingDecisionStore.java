package org.mentorhub.adapter.ao;

import static org.mentorhub.adapter.ao.Columns.composite;
import static org.mentorhub.adapter.ao.Columns.digest;
import static org.mentorhub.adapter.ao.Columns.enumValue;
import static org.mentorhub.adapter.ao.Columns.id;
import static org.mentorhub.adapter.ao.Columns.instant;
import static org.mentorhub.adapter.ao.Columns.key;
import static org.mentorhub.adapter.ao.Columns.millis;
import static org.mentorhub.adapter.ao.Columns.name;
import static org.mentorhub.adapter.ao.Columns.user;
import static org.mentorhub.adapter.ao.Columns.uuid;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Arrays;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Entity;
import net.java.ao.Query;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.PairExclusion;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProposalLock;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.MatchingDecisionStore;

/**
 * Excluded pairs in {@link AoPairExclusion} rows and locked proposals in {@link AoProposalLock} rows; every read is
 * one query. Saving a decision that exists keeps the first one; two transactions saving the same one at once end
 * with one row and a conflict, from the unique column.
 */
@Named
public class AoMatchingDecisionStore implements MatchingDecisionStore {
    private final ActiveObjects ao;

    @Inject
    public AoMatchingDecisionStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void saveExclusion(PairExclusion exclusion) {
        String decisionKey = digest(composite(uuid(exclusion.programId()), key(exclusion.mentor()), key(exclusion.mentee()),
            name(exclusion.reason())));
        insertUnlessFound(AoPairExclusion.class, AoPairExclusion.DECISION_KEY, decisionKey, new Row()
            .set(InProgram.PROGRAM_UUID, uuid(exclusion.programId()))
            .set(AoPairExclusion.MENTOR_KEY, key(exclusion.mentor()))
            .set(AoPairExclusion.MENTEE_KEY, key(exclusion.mentee()))
            .set(AoPairExclusion.REASON, name(exclusion.reason()))
            .set(AoPairExclusion.DECIDED_BY, key(exclusion.decidedBy()))
            .set(AoPairExclusion.DECIDED_AT, millis(exclusion.decidedAt()))
            .set(AoPairExclusion.DECISION_KEY, decisionKey));
    }

    @Override
    public List<PairExclusion> listExclusions(Id<Program> programId) {
        return exclusions(Query.select().where(InProgram.PROGRAM_UUID + " = ?", uuid(programId)));
    }

    @Override
    public List<PairExclusion> exclusionsOf(Id<Program> programId, UserKey mentor) {
        return exclusions(Query.select()
            .where(InProgram.PROGRAM_UUID + " = ? AND " + AoPairExclusion.MENTOR_KEY + " = ?", uuid(programId), key(mentor)));
    }

    @Override
    public void saveLock(ProposalLock lock) {
        insertUnlessFound(AoProposalLock.class, AoProposalLock.PAIRING_UUID, uuid(lock.pairingId()), new Row()
            .set(AoProposalLock.PAIRING_UUID, uuid(lock.pairingId()))
            .set(InProgram.PROGRAM_UUID, uuid(lock.programId()))
            .set(AoProposalLock.LOCKED_BY, key(lock.lockedBy()))
            .set(AoProposalLock.LOCKED_AT, millis(lock.lockedAt())));
    }

    @Override
    public void deleteLock(Id<Pairing> pairingId) {
        ao.deleteWithSQL(AoProposalLock.class, AoProposalLock.PAIRING_UUID + " = ?", uuid(pairingId));
    }

    @Override
    public List<ProposalLock> listLocks(Id<Program> programId) {
        return Arrays.stream(ao.find(AoProposalLock.class, Query.select()
                .where(InProgram.PROGRAM_UUID + " = ?", uuid(programId)).order("ID")))
            .map(row -> new ProposalLock(id(row.getPairingUuid()), id(row.getProgramUuid()), user(row.getLockedBy()),
                instant(row.getLockedAt())))
            .toList();
    }

    private void insertUnlessFound(Class<? extends Entity> type, String uniqueColumn, String value, Row row) {
        ao.executeInTransaction(() -> {
            if (ao.count(type, Query.select().where(uniqueColumn + " = ?", value)) == 0) {
                DuplicateKeys.insertOnce(() -> ao.create(type, row.values()), () -> new ConflictException(AoMessages.CONCURRENT_CHANGE));
            }
            return null;
        });
    }

    /** Oldest first: in the order they were saved. */
    private List<PairExclusion> exclusions(Query query) {
        return Arrays.stream(ao.find(AoPairExclusion.class, query.order("ID")))
            .map(row -> new PairExclusion(id(row.getProgramUuid()), user(row.getMentorKey()), user(row.getMenteeKey()),
                enumValue(PairExclusion.Reason.class, row.getReason()), user(row.getDecidedBy()), instant(row.getDecidedAt())))
            .toList();
    }
}
