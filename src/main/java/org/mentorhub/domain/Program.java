package org.mentorhub.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A mentoring program: its settings and where it is in its lifecycle. */
public record Program(Id<Program> id, ProgramStatus status, ProgramSettings settings) {
    public Program {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(settings, "settings");
    }

    /** A new program, in draft until its managers open enrollment. */
    public static Program draft(ProgramSettings settings) {
        return new Program(Id.random(), ProgramStatus.DRAFT, settings);
    }

    public boolean isManagedBy(UserKey user) {
        return settings.managers().contains(user);
    }

    public ProgramType type() {
        return settings.type();
    }

    public Program withStatus(ProgramStatus next) {
        return new Program(id, status.moveTo(next), settings);
    }

    public Program withSettings(ProgramSettings changed) {
        requireOpen();
        return new Program(id, status, changed);
    }

    /** Closed programs are read-only history. */
    public void requireOpen() {
        if (status == ProgramStatus.CLOSED) {
            throw new ConflictException("mentorhub.program.closed");
        }
    }

    /** Self-enrollment: while enrolling (or, for just-in-time programs, also while matching and running) and inside the window. */
    public void requireAcceptsEnrollment(LocalDate today) {
        boolean openStatus = status == ProgramStatus.ENROLLING
                || type().enrollsWhileRunning() && (status == ProgramStatus.MATCHING || status == ProgramStatus.RUNNING);
        if (!openStatus || !settings.enrollmentWindow().contains(today)) {
            throw new ConflictException("mentorhub.program.notEnrolling");
        }
    }

    public void requireAcceptsPairing() {
        if (status != ProgramStatus.MATCHING && status != ProgramStatus.RUNNING) {
            throw new ConflictException("mentorhub.program.notMatching");
        }
    }
}
