package org.mentorhub.service.inmemory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.IssueKey;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.ProgressStatus;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.PairingStore;
import org.mentorhub.port.PairingSummary;

final class InMemoryPairingStore implements PairingStore {
    private final InMemoryTable<Id<Pairing>, Pairing> pairings;
    private final InMemoryGoalStore goals;

    InMemoryPairingStore(InMemoryTable<Id<Pairing>, Pairing> pairings, InMemoryGoalStore goals) {
        this.pairings = pairings;
        this.goals = goals;
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

    /** One pass over the program's goals, like the grouped query a database store runs. */
    @Override
    public List<PairingSummary> summarize(Id<Program> programId) {
        return summaries(listByProgram(programId), goals.goalsOf(programId));
    }

    @Override
    public List<PairingSummary> summarizeInvolving(UserKey user) {
        List<Pairing> involving = pairings.rows().filter(p -> p.hasMember(user)).sorted(Comparator.comparing(Pairing::createdAt)).toList();
        Set<Id<Pairing>> ids = involving.stream().map(Pairing::id).collect(Collectors.toSet());
        return summaries(involving, goals.goalsOf(ids));
    }

    private static List<PairingSummary> summaries(List<Pairing> pairings, Stream<Goal> theirGoals) {
        Map<Id<Pairing>, List<Goal>> goalsByPairing = theirGoals.collect(Collectors.groupingBy(Goal::pairingId));
        return pairings.stream().map(pairing -> {
            List<Goal> planned = goalsByPairing.getOrDefault(pairing.id(), List.of());
            int done = (int) planned.stream().filter(g -> g.status() == ProgressStatus.DONE).count();
            return new PairingSummary(pairing, planned.size(), done);
        }).toList();
    }
}
