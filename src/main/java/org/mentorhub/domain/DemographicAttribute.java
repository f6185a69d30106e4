package org.mentorhub.domain;

/** A self-reported demographic a participant may share, with consent, for diversity matching. */
public enum DemographicAttribute {
    GENDER, AGE_BAND, ETHNICITY, DISABILITY, NATIONALITY
}
