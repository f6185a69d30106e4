package org.mentorhub.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorhub.domain.AuditAction;
import org.mentorhub.domain.AuditSubject;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.TrainingCompletion;
import org.mentorhub.domain.TrainingMaterial;
import org.mentorhub.port.ParticipantStore;
import org.mentorhub.port.ProgramStore;
import org.mentorhub.port.Transactions;
import org.mentorhub.port.TrainingStore;

/** A program's training materials and participants completing them (which can gate pairing, see {@link TrainingMaterial#trainedFor}). */
public class TrainingService {
    private final ProgramStore programs;
    private final ParticipantStore participants;
    private final TrainingStore training;
    private final Access access;
    private final Auditor auditor;
    private final Transactions transactions;
    private final Clock clock;

    public TrainingService(ProgramStore programs, ParticipantStore participants, TrainingStore training, Access access, Auditor auditor,
                           Transactions transactions, Clock clock) {
        this.programs = programs;
        this.participants = participants;
        this.training = training;
        this.access = access;
        this.auditor = auditor;
        this.transactions = transactions;
        this.clock = clock;
    }

    public TrainingMaterial addMaterial(Id<Program> programId, String title, String location, Set<ParticipantRole> audience, boolean required) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Program program = programs.get(programId);
            actor.requireProgramManager(program);
            program.requireOpen();
            TrainingMaterial material = new TrainingMaterial(Id.random(), programId, title, location, audience, required);
            training.insertMaterial(material);
            auditor.record(actor, AuditAction.TRAINING_MATERIAL_ADDED, programId, AuditSubject.Type.TRAINING_MATERIAL, material.id(), title);
            return material;
        });
    }

    /**
     * The program's materials, by title, with the caller's completion: every material for its managers, those meant
     * for one of their roles for its active participants.
     */
    public List<AssignedTraining> materials(Id<Program> programId) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Program program = programs.get(programId);
            Optional<Participant> participant = participants.find(programId, actor.user()).filter(Participant::isActive);
            actor.require(actor.managesProgram(program) || participant.isPresent());
            Map<Id<TrainingMaterial>, Instant> completed = training.completions(programId, actor.user()).stream()
                    .collect(Collectors.toMap(TrainingCompletion::materialId, TrainingCompletion::completedAt));
            return training.listMaterials(programId).stream()
                    .filter(material -> actor.managesProgram(program) || isMeantFor(material, participant.get()))
                    .map(material -> new AssignedTraining(material, completed.get(material.id())))
                    .toList();
        });
    }

    /** An active participant the material is meant for records completing it; completing it again changes nothing. */
    public TrainingCompletion complete(Id<TrainingMaterial> materialId) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            TrainingMaterial material = training.getMaterial(materialId);
            boolean audience = participants.find(material.programId(), actor.user())
                    .filter(p -> p.isActive() && isMeantFor(material, p))
                    .isPresent();
            actor.require(audience);
            Optional<TrainingCompletion> earlier = training.completions(material.programId(), actor.user()).stream()
                    .filter(c -> c.materialId().equals(materialId))
                    .findFirst();
            if (earlier.isPresent()) {
                return earlier.get();
            }
            TrainingCompletion completion = new TrainingCompletion(materialId, material.programId(), actor.user(), clock.instant());
            training.saveCompletion(completion);
            auditor.record(actor, AuditAction.TRAINING_COMPLETED, material.programId(), AuditSubject.Type.TRAINING_MATERIAL, materialId);
            return completion;
        });
    }

    private static boolean isMeantFor(TrainingMaterial material, Participant participant) {
        return participant.roles().stream().anyMatch(material.audience()::contains);
    }
}
