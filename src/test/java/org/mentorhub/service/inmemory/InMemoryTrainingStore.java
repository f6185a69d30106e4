package org.mentorhub.service.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.TrainingCompletion;
import org.mentorhub.domain.TrainingMaterial;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.TrainingStore;

final class InMemoryTrainingStore implements TrainingStore {
    private final InMemoryTable<Id<TrainingMaterial>, TrainingMaterial> materials;
    private final InMemoryTable<MaterialUser, TrainingCompletion> completions;

    InMemoryTrainingStore(InMemoryTransactions transactions) {
        materials = new InMemoryTable<>(transactions);
        completions = new InMemoryTable<>(transactions);
    }

    @Override
    public void insertMaterial(TrainingMaterial material) {
        materials.insert(material.id(), material, () -> new IllegalStateException("duplicate material id"));
    }

    @Override
    public Optional<TrainingMaterial> findMaterial(Id<TrainingMaterial> id) {
        return materials.find(id);
    }

    @Override
    public List<TrainingMaterial> listMaterials(Id<Program> programId) {
        return materials.rows()
                .filter(m -> m.programId().equals(programId))
                .sorted(Comparator.comparing(TrainingMaterial::title))
                .toList();
    }

    @Override
    public void saveCompletion(TrainingCompletion completion) {
        MaterialUser key = new MaterialUser(completion.materialId(), completion.user());
        if (completions.find(key).isEmpty()) {
            completions.save(key, completion);
        }
    }

    @Override
    public List<TrainingCompletion> completions(Id<Program> programId, UserKey user) {
        return completions.rows().filter(c -> c.programId().equals(programId) && c.user().equals(user)).toList();
    }

    @Override
    public List<TrainingCompletion> listCompletions(Id<Program> programId) {
        return completions.rows().filter(c -> c.programId().equals(programId)).toList();
    }

    private record MaterialUser(Id<TrainingMaterial> materialId, UserKey user) {
    }
}
