package org.mentorhub.service.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Nomination;
import org.mentorhub.domain.NominationStatus;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.NominationStore;

final class InMemoryNominationStore implements NominationStore {
    private final InMemoryTable<Id<Nomination>, Nomination> nominations;

    InMemoryNominationStore(InMemoryTransactions transactions) {
        nominations = new InMemoryTable<>(transactions);
    }

    @Override
    public void insert(Nomination nomination) {
        nominations.insert(nomination.id(), nomination, () -> new IllegalStateException("duplicate nomination id"));
    }

    @Override
    public void update(Nomination nomination) {
        nominations.update(nomination.id(), nomination, () -> new NotFoundException("mentorhub.nomination.notFound", nomination.id()));
    }

    @Override
    public Optional<Nomination> find(Id<Nomination> id) {
        return nominations.find(id);
    }

    @Override
    public List<Nomination> listByProgram(Id<Program> programId) {
        return nominations.rows()
                .filter(n -> n.programId().equals(programId))
                .sorted(Comparator.comparing(Nomination::createdAt).reversed())
                .toList();
    }

    @Override
    public Optional<Nomination> findPending(Id<Program> programId, UserKey nominee) {
        return nominations.rows()
                .filter(n -> n.programId().equals(programId) && n.nominee().equals(nominee) && n.status() == NominationStatus.PENDING)
                .findFirst();
    }
}
