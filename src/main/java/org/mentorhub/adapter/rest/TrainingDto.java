package org.mentorhub.adapter.rest;

import java.time.Instant;
import java.util.List;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.TrainingMaterial;
import org.mentorhub.service.AssignedTraining;

/** A training material; {@code completedAt} is when the caller completed it, absent if they have not. */
public record TrainingDto(String id, String programId, String title, String location, List<ParticipantRole> audience, boolean required,
                          Instant completedAt) {

    public static TrainingDto from(TrainingMaterial material) {
        return of(material, null);
    }

    public static TrainingDto from(AssignedTraining training) {
        return of(training.material(), training.completedAt());
    }

    private static TrainingDto of(TrainingMaterial material, Instant completedAt) {
        return new TrainingDto(material.id().toString(), material.programId().toString(), material.title(), material.location(),
                material.audience().stream().sorted().toList(), material.required(), completedAt);
    }
}
