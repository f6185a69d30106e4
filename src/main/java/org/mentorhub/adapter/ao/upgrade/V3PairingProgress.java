package org.mentorhub.adapter.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.mentorhub.adapter.ao.AoCheckIn;
import org.mentorhub.adapter.ao.AoGoal;
import org.mentorhub.adapter.ao.AoGoalStore;
import org.mentorhub.adapter.ao.AoPairing;
import org.mentorhub.adapter.ao.AoPairingStore;
import org.mentorhub.adapter.ao.AoSessionStore;
import org.mentorhub.adapter.ao.Identified;
import org.mentorhub.adapter.ao.InPairing;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingProgress;
import org.mentorhub.domain.Session;

/**
 * Model version 3: each pairing stores its progress (goal and milestone counts, earliest open milestone due, last held
 * check-in), each check-in whether it was held, and each goal its pairing's program, so that a program dashboard
 * reads one row per pairing and counts in the period instead of reading every goal, milestone and check-in.
 *
 * <p>Fills the new columns for the data already there, pairing by pairing, computing them with the domain's own
 * rules ({@link PairingProgress#of}, {@link Session#isHeldCheckInOf}) through the stores, as every write since does,
 * rather than restating those rules in SQL. Running it again recomputes the same values. Because it reads through
 * the stores, it holds only while pairings, goals, milestones, check-ins and attendance keep their version-3 shape:
 * a later step that changes them moves that shape to {@code upgrade.v3} and points this step at it.
 */
public class V3PairingProgress extends ModelUpgrade {

    public V3PairingProgress() {
        super(3);
    }

    @Override
    protected void apply(ActiveObjects ao) {
        ao.migrate(AoPairing.class, AoGoal.class, AoCheckIn.class);
        AoPairingStore pairings = new AoPairingStore(ao);
        AoGoalStore goals = new AoGoalStore(ao);
        AoSessionStore sessions = new AoSessionStore(ao);
        List<Id<Pairing>> ids = new ArrayList<>();
        ao.stream(AoPairing.class, Query.select("ID, " + Identified.UUID), row -> ids.add(new Id<>(UUID.fromString(row.getUuid()))));
        for (Id<Pairing> id : ids) {
            Pairing pairing = pairings.get(id);
            String pairingUuid = id.value().toString();
            for (AoGoal goal : ao.find(AoGoal.class, Query.select().where(InPairing.PAIRING_UUID + " = ?", pairingUuid))) {
                goal.setProgramUuid(pairing.programId().value().toString());
                goal.save();
            }
            List<Session> logged = sessions.listByPairing(id);
            Map<String, Session> byUuid = logged.stream().collect(Collectors.toMap(s -> s.id().value().toString(), Function.identity()));
            Arrays.stream(ao.find(AoCheckIn.class, Query.select().where(InPairing.PAIRING_UUID + " = ?", pairingUuid))).forEach(row -> {
                row.setHeld(byUuid.get(row.getUuid()).isHeldCheckInOf(pairing));
                row.save();
            });
            pairings.saveProgress(id, PairingProgress.of(pairing, goals.actionPlan(id), logged));
        }
    }
}
