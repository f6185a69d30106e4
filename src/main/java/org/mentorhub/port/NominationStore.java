package org.mentorhub.port;

import java.util.List;
import java.util.Optional;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Nomination;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;

/** Nominations of people into programs. */
public interface NominationStore {

    void insert(Nomination nomination);

    /** Replaces the stored nomination with the same id; {@link NotFoundException} if there is none. */
    void update(Nomination nomination);

    Optional<Nomination> find(Id<Nomination> id);

    /** The program's nominations, newest first. */
    List<Nomination> listByProgram(Id<Program> programId);

    /** The nominee's pending nomination into the program, if any (the core allows one at a time). */
    Optional<Nomination> findPending(Id<Program> programId, UserKey nominee);

    default Nomination get(Id<Nomination> id) {
        return find(id).orElseThrow(() -> new NotFoundException("mentorhub.nomination.notFound", id));
    }
}
