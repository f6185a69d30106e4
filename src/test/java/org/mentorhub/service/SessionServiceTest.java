package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.Failures.fieldErrors;
import static org.mentorhub.domain.Failures.messageKey;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.Attendance;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.TestData;

class SessionServiceTest {
    private final World world = new World();
    private final Program program = world.matchingProgram();

    @Test
    void privateNotesAreReadBackByTheirAuthorOnly() {
        Pairing pairing = world.activePairing(program);
        world.as(world.mentor, () -> world.sessions.log(pairing.id(), form("Mentor's own thoughts")));
        world.as(world.mentee, () -> world.sessions.log(pairing.id(), form("Mentee's own thoughts")));

        List<SessionView> mentorsView = world.as(world.mentor, () -> world.sessions.list(pairing.id()));
        List<SessionView> menteesView = world.as(world.mentee, () -> world.sessions.list(pairing.id()));

        assertThat(mentorsView).extracting(SessionView::privateNote).containsExactly("Mentor's own thoughts", null);
        assertThat(menteesView).extracting(SessionView::privateNote).containsExactly(null, "Mentee's own thoughts");
        assertThat(menteesView).extracting(v -> v.session().sharedNotes()).containsOnly("We planned the talk");
    }

    @Test
    void programManagersSeeWhenAndWhoButNothingSaid() {
        Pairing pairing = world.activePairing(program);
        world.as(world.mentor, () -> world.sessions.log(pairing.id(), form("Private")));

        List<SessionView> managersView = world.as(world.manager, () -> world.sessions.list(pairing.id()));

        assertThat(managersView).hasSize(1);
        SessionView view = managersView.get(0);
        assertThat(view.privateNote()).isNull();
        assertThat(view.session().agenda()).isNull();
        assertThat(view.session().sharedNotes()).isNull();
        assertThat(view.session().attended(world.mentee)).isTrue();
        assertThat(view.session().length()).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void onlyActivePairsLogAndOnlyTheirMembersAttend() {
        Pairing accepted = world.acceptedPairing(program);

        assertThat(messageKey(ConflictException.class, () -> world.as(world.mentor, () -> world.sessions.log(accepted.id(), form(null)))))
                .isEqualTo("mentorhub.pairing.wrongStatus");
        world.as(world.manager, () -> world.pairings.setAgreement(accepted.id(), TestData.terms()));
        world.as(world.mentor, () -> world.pairings.acceptAgreement(accepted.id()));
        world.as(world.mentee, () -> world.pairings.acceptAgreement(accepted.id()));
        SessionForm withStranger = new SessionForm(TestData.NOW, Duration.ofMinutes(30), null, null, null, Map.of(world.other, Attendance.ATTENDED));
        assertThat(fieldErrors(() -> world.as(world.mentor, () -> world.sessions.log(accepted.id(), withStranger))).keysFor("attendance"))
                .containsExactly("mentorhub.session.notAMember");
    }

    private SessionForm form(String privateNote) {
        return new SessionForm(TestData.NOW, Duration.ofMinutes(45), "Talk preparation", "We planned the talk", privateNote,
                Map.of(world.mentor, Attendance.ATTENDED, world.mentee, Attendance.ATTENDED));
    }
}
