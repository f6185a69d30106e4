package org.mentorhub.port;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;

/** Participants with their consent and full profile (skills, languages, availability, demographics). */
public interface ParticipantStore {

    /**
     * Stores a new participant.
     *
     * @throws ConflictException ({@code mentorhub.participant.alreadyEnrolled}) if the user already takes part
     *                           in the program: a user is one participant per program, also under concurrent enrollment
     */
    void insert(Participant participant);

    /** Replaces the stored participant with the same id; {@link NotFoundException} if there is none. */
    void update(Participant participant);

    Optional<Participant> find(Id<Program> programId, UserKey user);

    /** The program's participants, each with its whole profile, read in a constant number of queries. */
    List<Participant> listByProgram(Id<Program> programId);

    /** Those of {@code users} who take part in the program, in one read; unknown users are left out. */
    List<Participant> findAll(Id<Program> programId, Collection<UserKey> users);

    /** Head counts of the program's participants, counted by the store (no profiles are read). */
    ParticipantCount countByProgram(Id<Program> programId);

    default Participant get(Id<Program> programId, UserKey user) {
        return find(programId, user).orElseThrow(() -> new NotFoundException("mentorhub.participant.notFound", user));
    }
}
