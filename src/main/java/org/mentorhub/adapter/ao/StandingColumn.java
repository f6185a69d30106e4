package org.mentorhub.adapter.ao;

import static org.mentorhub.adapter.ao.Columns.date;
import static org.mentorhub.adapter.ao.Columns.id;
import static org.mentorhub.adapter.ao.Columns.instant;
import static org.mentorhub.adapter.ao.Columns.millis;
import static org.mentorhub.adapter.ao.Columns.period;
import static org.mentorhub.adapter.ao.Columns.user;

import java.util.ArrayList;
import java.util.List;
import net.java.ao.schema.StringLength;
import org.mentorhub.domain.PairingProgress;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.PairingStanding;

/**
 * A pairing's {@link PairingStanding} as the one text column {@link AoPairing#getStanding()}: its values as
 * {@link Columns#lines} (escaped, one per line; an empty line for an empty value), the mentees last. Active Objects
 * costs about a microsecond per column and row it streams, so a program's ten thousand standings read as one column
 * instead of thirteen plus a mentee row each.
 */
final class StandingColumn {
    private static final int FIXED_VALUES = 12;

    private StandingColumn() {
    }

    /** The encoded standing, or {@code null} when it would not fit the column (a group with many mentees). */
    static String encode(PairingStanding standing) {
        PairingProgress progress = standing.progress();
        List<String> values = new ArrayList<>(List.of(Columns.uuid(standing.id()), standing.status().name(), Columns.key(standing.mentor()),
            text(date(standing.startDate())), text(period(standing.agreedCadence())), text(millis(standing.createdAt())),
            String.valueOf(progress.goals()), String.valueOf(progress.goalsDone()), String.valueOf(progress.milestones()),
            String.valueOf(progress.milestonesDone()), text(date(progress.firstOpenMilestoneDue())), text(millis(progress.lastHeldCheckIn()))));
        standing.mentees().forEach(mentee -> values.add(Columns.key(mentee)));
        String encoded = Columns.lines(values);
        return encoded.length() <= StringLength.MAX_LENGTH ? encoded : null;
    }

    static PairingStanding decode(String encoded) {
        List<String> values = Columns.lines(encoded);
        List<UserKey> mentees = values.subList(FIXED_VALUES, values.size()).stream().map(Columns::user).toList();
        return new PairingStanding(id(values.get(0)), PairingStatus.valueOf(values.get(1)), user(values.get(2)), mentees,
            date(value(values.get(3))), period(value(values.get(4))), instant(number(values.get(5))),
            new PairingProgress(Integer.parseInt(values.get(6)), Integer.parseInt(values.get(7)), Integer.parseInt(values.get(8)),
                Integer.parseInt(values.get(9)), date(value(values.get(10))), instant(number(values.get(11)))));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String value(String text) {
        return text.isEmpty() ? null : text;
    }

    private static Long number(String text) {
        return text.isEmpty() ? null : Long.valueOf(text);
    }
}
