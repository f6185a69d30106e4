package org.mentorhub.adapter.ao;

import java.util.List;
import net.java.ao.Entity;
import net.java.ao.RawEntity;

/**
 * Every table of MentorHub's data model as it is now. {@code atlassian-plugin.xml} registers exactly these
 * entities (a test holds the two in step); upgrade tasks name the entities of their own model version instead.
 */
public final class AoSchema {
    public static final List<Class<? extends Entity>> ENTITIES = List.of(
        AoProgram.class,
        AoProgramManager.class,
        AoParticipant.class,
        AoProfileSkill.class,
        AoProfileTag.class,
        AoDemographic.class,
        AoReportingLine.class,
        AoNomination.class,
        AoPairing.class,
        AoPairingMentee.class,
        AoGoal.class,
        AoMilestone.class,
        AoCheckIn.class,
        AoAttendance.class,
        AoPrivateNote.class,
        AoFeedback.class,
        AoTrainingMaterial.class,
        AoTrainingCompletion.class,
        AoAuditEntry.class,
        AoPairExclusion.class,
        AoProposalLock.class);

    private AoSchema() {
    }

    /** {@link #ENTITIES} as the array {@code ActiveObjects.migrate} takes. */
    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] entities() {
        return ENTITIES.toArray(new Class[0]);
    }
}
