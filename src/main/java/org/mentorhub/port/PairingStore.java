package org.mentorhub.port;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.IssueKey;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingProgress;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;

/** Pairings with their mentees, match score and agreement (including each acceptance). */
public interface PairingStore {

    void insert(Pairing pairing);

    /** Replaces the stored pairing with the same id, mentees and agreement included; {@link NotFoundException} if there is none. */
    void update(Pairing pairing);

    Optional<Pairing> find(Id<Pairing> id);

    /** The pairing the Jira issue {@code issueKey} stands for, in any program. */
    Optional<Pairing> findByIssueKey(IssueKey issueKey);

    /** The program's pairings, oldest first. */
    List<Pairing> listByProgram(Id<Program> programId);

    /** The program's pairings in which any of {@code users} is the mentor or a mentee, in one read. */
    List<Pairing> listInvolving(Id<Program> programId, Collection<UserKey> users);

    /**
     * Stores the pairing's progress, as last computed from its goals, milestones and sessions, with the pairing: what
     * {@link #summarize} returns with it. {@link NotFoundException} if there is no such pairing.
     */
    void saveProgress(Id<Pairing> id, PairingProgress progress);

    /**
     * The program's pairings, oldest first, each with its stored progress: a constant number of queries however many
     * pairings there are (no read per pairing, none of goals or sessions).
     */
    List<PairingSummary> summarize(Id<Program> programId);

    /**
     * The program's pairings as reports need them, with their stored progress, in no particular order (a report orders
     * the few it names; sorting them all would cost the database more than the read): a constant number of narrow
     * queries however many pairings there are.
     */
    List<PairingStanding> standings(Id<Program> programId);

    /**
     * Every pairing, in any program, in which {@code user} is the mentor or a mentee, oldest first, each with its stored
     * progress: a constant number of queries however many pairings the user has (batches of ids aside).
     */
    List<PairingSummary> summarizeInvolving(UserKey user);

    default Pairing get(Id<Pairing> id) {
        return find(id).orElseThrow(() -> new NotFoundException("mentorhub.pairing.notFound", id));
    }
}
