package org.mentorhub.adapter.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.mentorhub.adapter.ao.AoAttendance;
import org.mentorhub.adapter.ao.AoAuditEntry;
import org.mentorhub.adapter.ao.AoDemographic;
import org.mentorhub.adapter.ao.AoFeedback;
import org.mentorhub.adapter.ao.AoMilestone;
import org.mentorhub.adapter.ao.AoNomination;
import org.mentorhub.adapter.ao.AoPairingMentee;
import org.mentorhub.adapter.ao.AoParticipant;
import org.mentorhub.adapter.ao.AoPrivateNote;
import org.mentorhub.adapter.ao.AoProfileSkill;
import org.mentorhub.adapter.ao.AoProfileTag;
import org.mentorhub.adapter.ao.AoProgram;
import org.mentorhub.adapter.ao.AoProgramManager;
import org.mentorhub.adapter.ao.AoReportingLine;
import org.mentorhub.adapter.ao.AoTrainingCompletion;
import org.mentorhub.adapter.ao.AoTrainingMaterial;
import org.mentorhub.adapter.ao.upgrade.v1.AoCheckInV1;
import org.mentorhub.adapter.ao.upgrade.v1.AoGoalV1;
import org.mentorhub.adapter.ao.upgrade.v1.AoPairingV1;

/**
 * Model version 1: creates MentorHub's first tables. There is no earlier data to carry over, so this step only marks
 * where the numbering starts; an install at version 1 or later never runs it again.
 *
 * @since 0.1.0
 */
public class V1InitialModel extends ModelUpgrade {

    public V1InitialModel() {
        super(1);
    }

    /** The version-1 tables, named one by one; before any of these entities changes, its version-1 shape moves to {@code upgrade.v1}. */
    @Override
    protected void apply(ActiveObjects ao) {
        ao.migrate(AoProgram.class, AoProgramManager.class, AoParticipant.class, AoProfileSkill.class, AoProfileTag.class,
            AoDemographic.class, AoReportingLine.class, AoNomination.class, AoPairingV1.class, AoPairingMentee.class, AoGoalV1.class,
            AoMilestone.class, AoCheckInV1.class, AoAttendance.class, AoPrivateNote.class, AoFeedback.class, AoTrainingMaterial.class,
            AoTrainingCompletion.class, AoAuditEntry.class);
    }
}
