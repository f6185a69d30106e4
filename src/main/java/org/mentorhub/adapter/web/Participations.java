package org.mentorhub.adapter.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;

/** The signed-in user's part in programs, as the enrollment, "find a mentor" and "my mentoring" pages need it. */
final class Participations {
    private final WebPages pages;
    private final UserKey me;

    Participations(WebPages pages, PageCall call) {
        this.pages = pages;
        this.me = new UserKey(call.user().getUserKey().getStringValue());
    }

    UserKey me() {
        return me;
    }

    /** The user's participation in the program (active or opted out), if they ever joined it. */
    Optional<Participant> in(Id<Program> programId) {
        try {
            return Optional.of(pages.core().enrollment().view(programId, me));
        } catch (NotFoundException notJoined) {
            return Optional.empty();
        }
    }

    /** The programs the user may see, each with the user's participation if any. */
    List<Joined> all() {
        return pages.core().programs().list().stream().map(program -> new Joined(program, in(program.id()))).toList();
    }

    /** A program with the user's participation in it, if any. */
    record Joined(Program program, Optional<Participant> participant) {
        boolean activeMentee() {
            return participant.filter(p -> p.isActive() && p.isMentee()).isPresent();
        }

        boolean active() {
            return participant.filter(Participant::isActive).isPresent();
        }

        /** Whether the program takes enrollments today. */
        boolean enrolling() {
            try {
                program.requireAcceptsEnrollment(LocalDate.now());
                return true;
            } catch (ConflictException closed) {
                return false;
            }
        }
    }
}
