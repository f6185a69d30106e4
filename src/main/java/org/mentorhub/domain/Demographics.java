package org.mentorhub.domain;

import java.util.Map;

/**
 * Self-reported demographics. Stored only with {@link ConsentScope#DEMOGRAPHICS} consent and never shown
 * to anyone but the participant (see {@link Participant#asSeenBy(UserKey)}).
 */
public record Demographics(Map<DemographicAttribute, String> values) {
    public static final Demographics NONE = new Demographics(Map.of());

    public Demographics {
        values = Copies.map(values);
        FieldErrors.Builder errors = FieldErrors.builder();
        values.forEach((attribute, value) -> errors.requireText("demographics." + attribute, value, 80));
        errors.throwIfAny();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
