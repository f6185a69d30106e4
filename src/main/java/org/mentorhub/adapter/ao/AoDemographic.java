package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One self-reported demographic answer, stored only with consent. Kept apart from the profile so that this
 * special-category data can be found and erased on its own.
 */
@Table("DEMOGRAPHIC")
public interface AoDemographic extends Entity, InProgram, InParticipant {
    String ATTRIBUTE = "ATTRIBUTE";
    String ANSWER = "ANSWER";

    /** {@link org.mentorhub.domain.DemographicAttribute} name. */
    @NotNull
    String getAttribute();

    void setAttribute(String attribute);

    /** The participant's answer. */
    @NotNull
    String getAnswer();

    void setAnswer(String answer);
}
