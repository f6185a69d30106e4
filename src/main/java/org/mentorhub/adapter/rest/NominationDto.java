package org.mentorhub.adapter.rest;

import java.time.Instant;
import org.mentorhub.domain.Nomination;
import org.mentorhub.domain.NominationStatus;
import org.mentorhub.domain.ParticipantRole;

/** A nomination; people as user keys, {@code decidedAt} once it left PENDING. */
public record NominationDto(String id, String programId, String nominee, String nominator, ParticipantRole role, String reason,
                            NominationStatus status, Instant createdAt, Instant decidedAt) {

    public static NominationDto from(Nomination nomination) {
        return new NominationDto(nomination.id().toString(), nomination.programId().toString(), nomination.nominee().value(),
                nomination.nominator().value(), nomination.role(), nomination.reason(), nomination.status(), nomination.createdAt(),
                nomination.decidedAt());
    }
}
