package org.mentorhub.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** A person (by user key) taking part in one program, with their roles, consent and profile. */
public record Participant(
        Id<Participant> id,
        Id<Program> programId,
        UserKey user,
        Set<ParticipantRole> roles,
        ParticipantSource source,
        Consent consent,
        Profile profile) {

    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(user, "user");
        roles = Copies.set(roles);
        FieldErrors.builder()
                .check(!roles.isEmpty(), "roles", "mentorhub.validation.required")
                .required("source", source)
                .required("consent", consent)
                .required("profile", profile)
                .throwIfAny();
        FieldErrors.builder()
                .check(!roles.contains(ParticipantRole.MENTOR) || profile.mentorCapacity() >= 1,
                        "mentorCapacity", "mentorhub.participant.mentorCapacityRequired")
                .check(profile.demographics().isEmpty() || consent.covers(ConsentScope.DEMOGRAPHICS),
                        "demographics", "mentorhub.participant.demographicsNeedConsent")
                .throwIfAny();
    }

    public boolean isMentor() {
        return roles.contains(ParticipantRole.MENTOR);
    }

    public boolean isMentee() {
        return roles.contains(ParticipantRole.MENTEE);
    }

    public boolean hasRole(ParticipantRole role) {
        return roles.contains(role);
    }

    /** Opted in and not withdrawn. */
    public boolean isActive() {
        return consent.isActive();
    }

    public Participant withProfile(Profile changed) {
        return new Participant(id, programId, user, roles, source, consent, changed);
    }

    /** The same person joining again (after opting out, or by accepting a nomination) under a new consent. */
    public Participant rejoined(Set<ParticipantRole> newRoles, ParticipantSource newSource, Consent newConsent, Profile newProfile) {
        return new Participant(id, programId, user, newRoles, newSource, newConsent, newProfile);
    }

    /** Opting out withdraws consent and erases the demographics it covered. */
    public Participant optedOut(Instant at) {
        return new Participant(id, programId, user, roles, source, consent.withdrawn(at), profile.withoutDemographics());
    }

    /** The participant as {@code viewer} may see them: demographics only for the participant themself. */
    public Participant asSeenBy(UserKey viewer) {
        return user.equals(viewer) ? this : withProfile(profile.withoutDemographics());
    }
}
