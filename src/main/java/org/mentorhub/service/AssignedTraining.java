package org.mentorhub.service;

import java.time.Instant;
import org.mentorhub.domain.TrainingMaterial;

/**
 * A training material as the caller sees it in a program's list.
 *
 * @param completedAt when the caller completed it; {@code null} if they have not (or, for a manager, are not its audience)
 */
public record AssignedTraining(TrainingMaterial material, Instant completedAt) {
}
