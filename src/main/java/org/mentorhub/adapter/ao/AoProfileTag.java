package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One tag of a participant's interests or goals; a row of its own so people can be found by tag. */
@Table("PROFILE_TAG")
public interface AoProfileTag extends Entity, InProgram, InParticipant {
    String ASPECT = "ASPECT";
    String TAG = "TAG";

    /** Which part of the profile the tag belongs to: {@code INTERESTS} or {@code GOALS}. */
    @NotNull
    String getAspect();

    void setAspect(String aspect);

    /** The tag, trimmed and lower-cased by the domain. */
    @NotNull
    @Indexed
    String getTag();

    void setTag(String tag);
}
