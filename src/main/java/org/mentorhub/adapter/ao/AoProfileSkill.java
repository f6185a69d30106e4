package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One skill of a participant's profile; a row of its own so mentors can be searched by skill. */
@Table("PROFILE_SKILL")
public interface AoProfileSkill extends Entity, InProgram, InParticipant {
    String SKILL_NAME = "SKILL_NAME";
    String SKILL_LEVEL = "SKILL_LEVEL";
    String LIST_INDEX = "LIST_INDEX";

    /** The skill as the participant named it. */
    @NotNull
    @Indexed
    String getSkillName();

    void setSkillName(String skillName);

    /** {@link org.mentorhub.domain.SkillLevel} name. */
    @NotNull
    String getSkillLevel();

    void setSkillLevel(String skillLevel);

    /** Position in the participant's list of skills, from 0. */
    @NotNull
    int getListIndex();

    void setListIndex(int listIndex);
}
