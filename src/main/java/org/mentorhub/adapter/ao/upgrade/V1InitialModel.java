package org.mentorhub.adapter.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.mentorhub.adapter.ao.AoSchema;

/**
 * Model version 1: creates MentorHub's tables. There is no earlier data to carry over, so this step only marks
 * where the numbering starts; an install at version 1 or later never runs it again.
 *
 * @since 0.1.0
 */
public class V1InitialModel extends ModelUpgrade {

    public V1InitialModel() {
        super(1);
    }

    /** Version 1 is today's {@link AoSchema}; before any entity changes, its version-1 shape moves to {@code upgrade.v1}. */
    @Override
    protected void apply(ActiveObjects ao) {
        ao.migrate(AoSchema.entities());
    }
}
