package org.mentorhub.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.TestData.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
        stores.sessions().insert(second, true);
        stores.sessions().insert(first, true);
        stores.sessions().insert(session(other, NOW), true);

        assertThat(stores.sessions().listByPairing(pairing.id())).containsExactly(first, second);
    }

    @Test
    void privateNotesAreReadBackByTheirAuthorOnly() {
        Program program = storedProgram("Leads");
        Pairing pairing = storedPairing(program, "m", "e");
        Pairing other = storedPairing(program, "m", "e3");
        Session session = session(pairing, NOW);
        Session elsewhere = session(other, NOW);
        stores.sessions().insert(session, true);
        stores.sessions().insert(elsewhere, true);
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
        stores.sessions().insert(session, true);
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
    void countsTheProgramsHeldCheckInsInAHalfOpenRange() {
        Program program = storedProgram("Leads");
        Pairing pairing = storedPairing(program, "m", "e");
        Pairing another = storedPairing(program, "m2", "e2");
        stores.sessions().insert(session(pairing, NOW), true);
        stores.sessions().insert(session(another, NOW.plusSeconds(60)), true);
        stores.sessions().insert(session(another, NOW.plusSeconds(90)), false);
        stores.sessions().insert(session(pairing, NOW.minusSeconds(1)), true);
        stores.sessions().insert(session(pairing, NOW.plusSeconds(120)), true);
        stores.sessions().insert(session(storedPairing(storedProgram("Other"), "m", "e"), NOW), true);

        assertThat(stores.sessions().countHeldCheckIns(program.id(), NOW, NOW.plusSeconds(120))).isEqualTo(2);
        assertThat(stores.sessions().countHeldCheckIns(storedProgram("Empty").id(), NOW, NOW.plusSeconds(120))).isZero();
    }

    @Test
    void findsTheLastHeldCheckInBeforeAnInstantOfSomePairings() {
        Program program = storedProgram("Leads");
        Pairing pairing = storedPairing(program, "m", "e");
        Pairing another = storedPairing(program, "m2", "e2");
        Pairing notAsked = storedPairing(program, "m3", "e3");
        stores.sessions().insert(session(pairing, NOW.minusSeconds(60)), true);
        stores.sessions().insert(session(pairing, NOW.minusSeconds(30)), true);
        stores.sessions().insert(session(pairing, NOW.minusSeconds(10)), false);
        stores.sessions().insert(session(pairing, NOW), true);
        stores.sessions().insert(session(another, NOW.plusSeconds(5)), true);
        stores.sessions().insert(session(notAsked, NOW.minusSeconds(60)), true);

        assertThat(stores.sessions().lastHeldCheckIns(List.of(pairing.id(), another.id()), NOW))
                .isEqualTo(Map.of(pairing.id(), NOW.minusSeconds(30)));
        assertThat(stores.sessions().lastHeldCheckIns(List.of(), NOW)).isEmpty();
    }
}
