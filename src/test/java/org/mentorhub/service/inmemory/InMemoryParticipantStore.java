package org.mentorhub.service.inmemory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.ParticipantCount;
import org.mentorhub.port.ParticipantStore;

/** Keyed by program and user, which is what makes a user one participant per program. */
final class InMemoryParticipantStore implements ParticipantStore {
    private final InMemoryTable<ProgramUser, Participant> participants;

    InMemoryParticipantStore(InMemoryTransactions transactions) {
        participants = new InMemoryTable<>(transactions);
    }

    @Override
    public void insert(Participant participant) {
        participants.insert(key(participant), participant, () -> new ConflictException("mentorhub.participant.alreadyEnrolled"));
    }

    @Override
    public void update(Participant participant) {
        if (participants.find(key(participant)).filter(p -> p.id().equals(participant.id())).isEmpty()) {
            throw new NotFoundException("mentorhub.participant.notFound", participant.user());
        }
        participants.save(key(participant), participant);
    }

    @Override
    public Optional<Participant> find(Id<Program> programId, UserKey user) {
        return participants.find(new ProgramUser(programId, user));
    }

    @Override
    public List<Participant> listByProgram(Id<Program> programId) {
        return participants.rows().filter(p -> p.programId().equals(programId)).toList();
    }

    @Override
    public List<Participant> findAll(Id<Program> programId, Collection<UserKey> users) {
        return participants.rows().filter(p -> p.programId().equals(programId) && users.contains(p.user())).toList();
    }

    @Override
    public ParticipantCount countByProgram(Id<Program> programId) {
        List<Participant> enrolled = listByProgram(programId);
        List<Participant> optedIn = enrolled.stream().filter(Participant::isActive).toList();
        return new ParticipantCount(enrolled.size(), optedIn.size(),
                (int) optedIn.stream().filter(Participant::isMentor).count(), (int) optedIn.stream().filter(Participant::isMentee).count());
    }

    private static ProgramUser key(Participant participant) {
        return new ProgramUser(participant.programId(), participant.user());
    }

    private record ProgramUser(Id<Program> programId, UserKey user) {
    }
}
