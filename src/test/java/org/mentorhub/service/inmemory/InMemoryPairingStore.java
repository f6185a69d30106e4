package org.mentorhub.service.inmemory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.IssueKey;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingProgress;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.PairingStanding;
import org.mentorhub.port.PairingStore;
import org.mentorhub.port.PairingSummary;

final class InMemoryPairingStore implements PairingStore {
    private final InMemoryTable<Id<Pairing>, Pairing> pairings;
    private final InMemoryTable<Id<Pairing>, PairingProgress> progress;

    InMemoryPairingStore(InMemoryTransactions transactions, InMemoryTable<Id<Pairing>, Pairing> pairings) {
        this.pairings = pairings;
        this.progress = new InMemoryTable<>(transactions);
    }

    @Override
    public void insert(Pairing pairing) {
        pairings.insert(pairing.id(), pairing, () -> new IllegalStateException("duplicate pairing id"));
    }

    @Override
    public void update(Pairing pairing) {
        pairings.update(pairing.id(), pairing, () -> new NotFoundException("mentorhub.pairing.notFound", pairing.id()));
    }

    @Override
    public Optional<Pairing> find(Id<Pairing> id) {
        return pairings.find(id);
    }

    @Override
    public Optional<Pairing> findByIssueKey(IssueKey issueKey) {
        return pairings.rows().filter(p -> issueKey.equals(p.jiraIssueKey())).findFirst();
    }

    @Override
    public List<Pairing> listByProgram(Id<Program> programId) {
        return pairings.rows()
                .filter(p -> p.programId().equals(programId))
                .sorted(Comparator.comparing(Pairing::createdAt))
                .toList();
    }

    @Override
    public List<Pairing> listInvolving(Id<Program> programId, Collection<UserKey> users) {
        return listByProgram(programId).stream().filter(p -> users.stream().anyMatch(p::hasMember)).toList();
    }

    @Override
    public void saveProgress(Id<Pairing> id, PairingProgress saved) {
        pairings.find(id).orElseThrow(() -> new NotFoundException("mentorhub.pairing.notFound", id));
        progress.save(id, saved);
    }

    @Override
    public List<PairingSummary> summarize(Id<Program> programId) {
        return summaries(listByProgram(programId));
    }

    @Override
    public List<PairingStanding> standings(Id<Program> programId) {
        return summarize(programId).stream().map(summary -> {
            Pairing p = summary.pairing();
            return new PairingStanding(p.id(), p.status(), p.mentor(), p.mentees(), p.startDate(),
                    p.agreement() == null ? null : p.agreement().terms().meetingCadence(), p.createdAt(), summary.progress());
        }).toList();
    }

    @Override
    public List<PairingSummary> summarizeInvolving(UserKey user) {
        return summaries(pairings.rows().filter(p -> p.hasMember(user)).sorted(Comparator.comparing(Pairing::createdAt)).toList());
    }

    private List<PairingSummary> summaries(List<Pairing> found) {
        return found.stream().map(pairing -> new PairingSummary(pairing, progress.find(pairing.id()).orElse(PairingProgress.NONE))).toList();
    }
}
