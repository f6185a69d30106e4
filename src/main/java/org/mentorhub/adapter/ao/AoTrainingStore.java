package org.mentorhub.adapter.ao;

import static org.mentorhub.adapter.ao.Columns.composite;
import static org.mentorhub.adapter.ao.Columns.enumSet;
import static org.mentorhub.adapter.ao.Columns.id;
import static org.mentorhub.adapter.ao.Columns.instant;
import static org.mentorhub.adapter.ao.Columns.key;
import static org.mentorhub.adapter.ao.Columns.millis;
import static org.mentorhub.adapter.ao.Columns.names;
import static org.mentorhub.adapter.ao.Columns.user;
import static org.mentorhub.adapter.ao.Columns.uuid;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.TrainingCompletion;
import org.mentorhub.domain.TrainingMaterial;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.TrainingStore;

/** Training materials in {@link AoTrainingMaterial} rows, completions in {@link AoTrainingCompletion} rows. */
@Named
public class AoTrainingStore implements TrainingStore {
    private final ActiveObjects ao;

    @Inject
    public AoTrainingStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void insertMaterial(TrainingMaterial material) {
        ao.create(AoTrainingMaterial.class, new Row()
            .set(Identified.UUID, uuid(material.id()))
            .set(InProgram.PROGRAM_UUID, uuid(material.programId()))
            .set(AoTrainingMaterial.TITLE, material.title())
            .set(AoTrainingMaterial.LOCATION, material.location())
            .set(AoTrainingMaterial.AUDIENCE, names(material.audience()))
            .set(AoTrainingMaterial.REQUIRED, material.required())
            .values());
    }

    @Override
    public Optional<TrainingMaterial> findMaterial(Id<TrainingMaterial> id) {
        return materials(Query.select().where(Identified.UUID + " = ?", uuid(id))).stream().findFirst();
    }

    /** Sorted here rather than in SQL, so the order does not depend on the database's collation. */
    @Override
    public List<TrainingMaterial> listMaterials(Id<Program> programId) {
        return materials(Query.select().where(InProgram.PROGRAM_UUID + " = ?", uuid(programId))).stream()
            .sorted(Comparator.comparing(TrainingMaterial::title))
            .toList();
    }

    @Override
    public void saveCompletion(TrainingCompletion completion) {
        String materialUser = composite(uuid(completion.materialId()), key(completion.user()));
        ao.executeInTransaction(() -> {
            if (ao.count(AoTrainingCompletion.class, Query.select().where(AoTrainingCompletion.MATERIAL_USER + " = ?", materialUser)) == 0) {
                DuplicateKeys.insertOnce(() -> ao.create(AoTrainingCompletion.class, new Row()
                    .set(AoTrainingCompletion.MATERIAL_UUID, uuid(completion.materialId()))
                    .set(InProgram.PROGRAM_UUID, uuid(completion.programId()))
                    .set(AoTrainingCompletion.USER_KEY, key(completion.user()))
                    .set(AoTrainingCompletion.MATERIAL_USER, materialUser)
                    .set(AoTrainingCompletion.COMPLETED_AT, millis(completion.completedAt()))
                    .values()), () -> new ConflictException(AoMessages.CONCURRENT_CHANGE));
            }
            return null;
        });
    }

    @Override
    public List<TrainingCompletion> completions(Id<Program> programId, UserKey user) {
        return completions(Query.select()
            .where(InProgram.PROGRAM_UUID + " = ? AND " + AoTrainingCompletion.USER_KEY + " = ?", uuid(programId), key(user)));
    }

    @Override
    public List<TrainingCompletion> listCompletions(Id<Program> programId) {
        return completions(Query.select().where(InProgram.PROGRAM_UUID + " = ?", uuid(programId)));
    }

    private List<TrainingCompletion> completions(Query query) {
        return Arrays.stream(ao.find(AoTrainingCompletion.class, query.order("ID")))
            .map(row -> new TrainingCompletion(id(row.getMaterialUuid()), id(row.getProgramUuid()), user(row.getUserKey()),
                instant(row.getCompletedAt())))
            .toList();
    }

    private List<TrainingMaterial> materials(Query query) {
        return Arrays.stream(ao.find(AoTrainingMaterial.class, query))
            .map(row -> new TrainingMaterial(id(row.getUuid()), id(row.getProgramUuid()), row.getTitle(), row.getLocation(),
                enumSet(ParticipantRole.class, row.getAudience()), row.isRequired()))
            .toList();
    }
}
