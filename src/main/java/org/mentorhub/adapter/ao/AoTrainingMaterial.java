package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A program's training material. */
@Table("TRAINING")
public interface AoTrainingMaterial extends Entity, Identified, InProgram {
    String TITLE = "TITLE";
    String LOCATION = "LOCATION";
    String AUDIENCE = "AUDIENCE";
    String REQUIRED = "REQUIRED";

    /** Title of the material. */
    @NotNull
    String getTitle();

    void setTitle(String title);

    /** Confluence page id or URL (up to 1000 characters); never filtered on. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getLocation();

    void setLocation(String location);

    /** {@link org.mentorhub.domain.ParticipantRole} names it is for, comma-separated. */
    @NotNull
    String getAudience();

    void setAudience(String audience);

    /** Whether it must be completed before being paired where the program requires training. */
    @NotNull
    boolean isRequired();

    void setRequired(boolean required);
}
