package org.mentorhub.domain;

import java.time.Instant;
import java.util.Objects;

/** That {@code user} completed a training material, and when. */
public record TrainingCompletion(Id<TrainingMaterial> materialId, Id<Program> programId, UserKey user, Instant completedAt) {
    public TrainingCompletion {
        Objects.requireNonNull(materialId, "materialId");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(completedAt, "completedAt");
    }
}
