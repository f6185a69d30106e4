package org.mentorhub.port;

import java.util.List;
import java.util.Optional;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.TrainingCompletion;
import org.mentorhub.domain.TrainingMaterial;
import org.mentorhub.domain.UserKey;

/** A program's training materials and who completed them. */
public interface TrainingStore {

    void insertMaterial(TrainingMaterial material);

    Optional<TrainingMaterial> findMaterial(Id<TrainingMaterial> id);

    /** The program's materials, by title. */
    List<TrainingMaterial> listMaterials(Id<Program> programId);

    /** Records a completion; recording the same material and user again keeps the first one. */
    void saveCompletion(TrainingCompletion completion);

    /** What {@code user} completed in the program. */
    List<TrainingCompletion> completions(Id<Program> programId, UserKey user);

    /** Every completion in the program, in one read (matching checks all mentors' training at once). */
    List<TrainingCompletion> listCompletions(Id<Program> programId);

    default TrainingMaterial getMaterial(Id<TrainingMaterial> id) {
        return findMaterial(id).orElseThrow(() -> new NotFoundException("mentorhub.training.notFound", id));
    }
}
