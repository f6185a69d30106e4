package org.mentorhub.service;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.mentorhub.domain.AuditAction;
import org.mentorhub.domain.AuditSubject;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.Consent;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Profile;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.ParticipantStore;
import org.mentorhub.port.Users;

/**
 * Makes a user a participant, for self-enrollment and accepted nominations alike: records their consent,
 * takes the reporting line from the directory, and stores and audits the result. Runs inside the
 * caller's transaction; the caller has checked who may do this.
 */
public class ParticipantEnroller {
    private final ParticipantStore participants;
    private final Users users;
    private final Auditor auditor;
    private final Clock clock;

    public ParticipantEnroller(ParticipantStore participants, Users users, Auditor auditor, Clock clock) {
        this.participants = participants;
        this.users = users;
        this.auditor = auditor;
        this.clock = clock;
    }

    /**
     * Enrolls {@code actor} with {@code roles}. Someone who opted out comes back with just these roles;
     * someone still taking part may only add a role (as when accepting a nomination), never enroll twice.
     */
    Participant enroll(Actor actor, Program program, Set<ParticipantRole> roles, EnrollmentForm form) {
        UserKey user = actor.user();
        Consent consent = Consent.given(clock.instant(), form.consentScopes(), form.consentPolicyVersion());
        Profile profile = withDirectoryManager(user, form.profile());
        Optional<Participant> existing = participants.find(program.id(), user);
        Participant participant;
        if (existing.isEmpty()) {
            participant = new Participant(Id.random(), program.id(), user, roles, form.source(), consent, profile);
            participants.insert(participant);
        } else {
            Participant current = existing.get();
            if (current.isActive() && current.roles().containsAll(roles)) {
                throw new ConflictException("mentorhub.participant.alreadyEnrolled");
            }
            Set<ParticipantRole> keptRoles = EnumSet.noneOf(ParticipantRole.class);
            keptRoles.addAll(roles);
            if (current.isActive()) {
                keptRoles.addAll(current.roles());
            }
            participant = current.rejoined(keptRoles, form.source(), consent, profile);
            participants.update(participant);
        }
        auditor.record(actor, AuditAction.PARTICIPANT_ENROLLED, program.id(), AuditSubject.Type.PARTICIPANT, participant.id(),
                "roles " + participant.roles());
        return participant;
    }

    /** The directory's reporting line wins over a self-declared one, so nobody can hide a direct report from the pairing checks. */
    Profile withDirectoryManager(UserKey user, Profile profile) {
        FieldErrors.builder()
                .check(profile.manager() == null || users.exists(profile.manager()), "manager", "mentorhub.user.notFound", String.valueOf(profile.manager()))
                .throwIfAny();
        return users.managerOf(user).map(profile::withManager).orElse(profile);
    }
}
