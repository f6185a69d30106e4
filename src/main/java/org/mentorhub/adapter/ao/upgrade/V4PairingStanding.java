package org.mentorhub.adapter.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.mentorhub.adapter.ao.AoPairing;
import org.mentorhub.adapter.ao.AoPairingStore;

/**
 * Model version 4: each pairing keeps its whole standing (status, people, start, cadence and stored progress) as one
 * column, so that a program dashboard streams one column per pairing instead of thirteen and a mentee row each.
 *
 * <p>Fills it for the pairings already there from their own columns and mentees, by the code every write of a pairing
 * runs since; running it again writes the same values. A new, nullable column only (version 3's migration of the
 * pairing may already have created it, empty), so no earlier step's shape changes.
 */
public class V4PairingStanding extends ModelUpgrade {

    public V4PairingStanding() {
        super(4);
    }

    @Override
    protected void apply(ActiveObjects ao) {
        ao.migrate(AoPairing.class);
        new AoPairingStore(ao).refreshStandings();
    }
}
