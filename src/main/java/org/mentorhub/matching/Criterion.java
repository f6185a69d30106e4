package org.mentorhub.matching;

/** A scoring criterion; its weight per program is set in {@link CriteriaWeights}. */
public enum Criterion {
    SKILLS,
    GOALS,
    INTERESTS,
    CAREER_LEVEL,
    BUSINESS_FUNCTION,
    AVAILABILITY,
    LANGUAGE,
    LOCATION,
    DIVERSITY;

    /** The i18n key of the criterion's display name. */
    public String nameKey() {
        return "mentorhub.match.criterion." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
