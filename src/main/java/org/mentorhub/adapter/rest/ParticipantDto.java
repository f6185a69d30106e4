package org.mentorhub.adapter.rest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.mentorhub.domain.Consent;
import org.mentorhub.domain.ConsentScope;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.ParticipantSource;

/** A participant of one program as the caller may see them (the service has removed what they may not). */
public record ParticipantDto(
        String id,
        String programId,
        String user,
        List<ParticipantRole> roles,
        ParticipantSource source,
        boolean active,
        ConsentDto consent,
        ProfileDto profile) {

    public record ConsentDto(Instant givenAt, Set<ConsentScope> scopes, String policyVersion, Instant withdrawnAt) {
    }

    public static ParticipantDto from(Participant participant) {
        Consent consent = participant.consent();
        return new ParticipantDto(participant.id().toString(), participant.programId().toString(),
                participant.user().value(), participant.roles().stream().sorted().toList(), participant.source(),
                participant.isActive(),
                new ConsentDto(consent.givenAt(), consent.scopes(), consent.policyVersion(), consent.withdrawnAt()),
                ProfileDto.from(participant.profile()));
    }
}
