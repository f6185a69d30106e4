package org.mentorhub.domain;

/** A named skill and how well the participant masters it. */
public record Skill(String name, SkillLevel level) {
    public Skill {
        FieldErrors.builder()
                .requireText("skills.name", name, 80)
                .required("skills.level", level)
                .throwIfAny();
    }
}
