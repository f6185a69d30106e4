package org.mentorhub.adapter.rest;

import java.time.Instant;
import org.mentorhub.domain.TrainingCompletion;

/** That a user completed a training material, and when (the first time). */
public record TrainingCompletionDto(String materialId, String programId, String user, Instant completedAt) {

    public static TrainingCompletionDto from(TrainingCompletion completion) {
        return new TrainingCompletionDto(completion.materialId().toString(), completion.programId().toString(), completion.user().value(),
                completion.completedAt());
    }
}
