package org.mentorhub.service.inmemory;

import java.util.List;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairExclusion;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProposalLock;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.MatchingDecisionStore;

final class InMemoryMatchingDecisionStore implements MatchingDecisionStore {
    private final InMemoryTable<ExclusionKey, PairExclusion> exclusions;
    private final InMemoryTable<Id<Pairing>, ProposalLock> locks;

    InMemoryMatchingDecisionStore(InMemoryTransactions transactions) {
        exclusions = new InMemoryTable<>(transactions);
        locks = new InMemoryTable<>(transactions);
    }

    @Override
    public void saveExclusion(PairExclusion exclusion) {
        ExclusionKey key = new ExclusionKey(exclusion.programId(), exclusion.mentor(), exclusion.mentee(), exclusion.reason());
        if (exclusions.find(key).isEmpty()) {
            exclusions.save(key, exclusion);
        }
    }

    @Override
    public List<PairExclusion> listExclusions(Id<Program> programId) {
        return exclusions.rows().filter(e -> e.programId().equals(programId)).toList();
    }

    @Override
    public List<PairExclusion> exclusionsOf(Id<Program> programId, UserKey mentor) {
        return listExclusions(programId).stream().filter(e -> e.mentor().equals(mentor)).toList();
    }

    @Override
    public void saveLock(ProposalLock lock) {
        if (locks.find(lock.pairingId()).isEmpty()) {
            locks.save(lock.pairingId(), lock);
        }
    }

    @Override
    public void deleteLock(Id<Pairing> pairingId) {
        locks.delete(pairingId);
    }

    @Override
    public List<ProposalLock> listLocks(Id<Program> programId) {
        return locks.rows().filter(l -> l.programId().equals(programId)).toList();
    }

    private record ExclusionKey(Id<Program> programId, UserKey mentor, UserKey mentee, PairExclusion.Reason reason) {
    }
}
