package org.mentorhub.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.TestData.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.Attendance;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PrivateNote;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.Session;
import org.mentorhub.domain.UserKey;

/** What every {@link SessionStore} does. */
public abstract class SessionStoreContract extends StoreContractSupport {
    private final UserKey mentor = new UserKey("m");
    private final UserKey mentee = new UserKey("e");

    @Test
    void listsAPairingsSessionsByStartWithAttendance() {
        Program program = storedProgram("Leads");
        Pairing pairing = storedPairing(program, "m", "e");
        Pairing other = storedPairing(program, "m2", "e2");
        Session second = session(pairing, NOW.plusSeconds(3600));
        Session first = session(pairing, NOW);
        stores.sessions().insert(second);
        stores.sessions().insert(first);
        stores.sessions().insert(session(other, NOW));

        assertThat(stores.sessions().listByPairing(pairing.id())).containsExactly(first, second);
    }

    @Test
    void privateNotesAreReadBackByTheirAuthorOnly() {
        Program program = storedProgram("Leads");
        Pairing pairing = storedPairing(program, "m", "e");
        Pairing other = storedPairing(program, "m", "e3");
        Session session = session(pairing, NOW);
        Session elsewhere = session(other, NOW);
        stores.sessions().insert(session);
        stores.sessions().insert(elsewhere);
        PrivateNote mentorsNote = new PrivateNote(session.id(), mentor, "She is ready for more", NOW);
        stores.sessions().saveNote(mentorsNote);
        stores.sessions().saveNote(new PrivateNote(session.id(), mentee, "Ask about the promotion", NOW));
        stores.sessions().saveNote(new PrivateNote(elsewhere.id(), mentor, "Other pairing", NOW));

        assertThat(stores.sessions().notesBy(pairing.id(), mentor)).containsExactly(mentorsNote);
    }

    @Test
    void savingANoteAgainReplacesTheAuthorsEarlierNote() {
        Pairing pairing = storedPairing(storedProgram("Leads"), "m", "e");
        Session session = session(pairing, NOW);
        stores.sessions().insert(session);
        stores.sessions().saveNote(new PrivateNote(session.id(), mentor, "draft", NOW));
        PrivateNote rewritten = new PrivateNote(session.id(), mentor, "final", NOW.plusSeconds(5));

        stores.sessions().saveNote(rewritten);

        assertThat(stores.sessions().notesBy(pairing.id(), mentor)).containsExactly(rewritten);
    }

    private Session session(Pairing pairing, Instant startsAt) {
        return new Session(Id.random(), pairing.id(), pairing.programId(), startsAt, Duration.ofMinutes(45), "Career plan",
                "Agreed to shadow a planning meeting", Map.of(pairing.mentor(), Attendance.ATTENDED, pairing.mentees().get(0), Attendance.EXCUSED),
                pairing.mentor(), NOW);
    }

    @Test
    void listsTheProgramsSessionsInAHalfOpenRangeByStartWithAttendanceButNoTexts() {
        Program program = storedProgram("Leads");
        Pairing pairing = storedPairing(program, "m", "e");
        Pairing another = storedPairing(program, "m2", "e2");
        Session later = session(another, NOW.plusSeconds(60));
        Session first = session(pairing, NOW);
        stores.sessions().insert(later);
        stores.sessions().insert(first);
        stores.sessions().insert(session(pairing, NOW.minusSeconds(1)));
        stores.sessions().insert(session(pairing, NOW.plusSeconds(120)));
        stores.sessions().insert(session(storedPairing(storedProgram("Other"), "m", "e"), NOW));

        assertThat(stores.sessions().listByProgram(program.id(), NOW, NOW.plusSeconds(120)))
                .containsExactly(first.withoutContent(), later.withoutContent());
    }
}
