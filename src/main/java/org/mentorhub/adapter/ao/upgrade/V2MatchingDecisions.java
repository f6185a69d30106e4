package org.mentorhub.adapter.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.mentorhub.adapter.ao.AoPairExclusion;
import org.mentorhub.adapter.ao.AoProposalLock;

/**
 * Model version 2: the matching decisions, excluded pairs and locked proposals, get tables of their own. New
 * tables only: nothing earlier holds these decisions, so there is no data to move.
 */
public class V2MatchingDecisions extends ModelUpgrade {

    public V2MatchingDecisions() {
        super(2);
    }

    @Override
    protected void apply(ActiveObjects ao) {
        ao.migrate(AoPairExclusion.class, AoProposalLock.class);
    }
}
