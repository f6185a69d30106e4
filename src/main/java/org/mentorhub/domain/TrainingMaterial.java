package org.mentorhub.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A training page (usually in the program's Confluence space) for mentors, mentees or both.
 *
 * @param location where to read it: a Confluence page id or URL
 * @param required whether it must be completed before being paired, where the program requires training
 */
public record TrainingMaterial(
        Id<TrainingMaterial> id,
        Id<Program> programId,
        String title,
        String location,
        Set<ParticipantRole> audience,
        boolean required) {

    /** A Confluence page id, or a web address: never a {@code javascript:} or other scheme a link could run. */
    private static final Pattern LOCATION = Pattern.compile("[0-9]{1,19}|https?://\\S+");

    public TrainingMaterial {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(programId, "programId");
        audience = Copies.set(audience);
        FieldErrors.builder()
                .requireText("title", title, 255)
                .requireText("location", location, 1000)
                .requirePattern("location", location, LOCATION)
                .check(!audience.isEmpty(), "audience", "mentorhub.validation.required")
                .throwIfAny();
    }

    /**
     * Whether {@code participant} may be paired in {@code program} as {@code role}: either the program
     * does not require training, or they completed every required material for that role.
     */
    public static boolean trainedFor(Program program, ParticipantRole role, List<TrainingMaterial> materials,
                                     List<TrainingCompletion> completionsOfParticipant) {
        if (!program.settings().trainingRequired()) {
            return true;
        }
        return materials.stream()
                .filter(m -> m.required() && m.audience().contains(role))
                .allMatch(m -> completionsOfParticipant.stream().anyMatch(c -> c.materialId().equals(m.id())));
    }
}
