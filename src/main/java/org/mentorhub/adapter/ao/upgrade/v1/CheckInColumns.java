package org.mentorhub.adapter.ao.upgrade.v1;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import org.mentorhub.adapter.ao.Identified;
import org.mentorhub.adapter.ao.InPairing;
import org.mentorhub.adapter.ao.InProgram;

/**
 * The check-in columns of model version 1, frozen, which both {@link AoCheckInV1} and the current {@code AoCheckIn}
 * extend. A check-in is a session of a pair ("SESSION" is a reserved word in SQL). Attendance and private notes are
 * rows of their own, so no read of sessions can carry someone's private note.
 */
public interface CheckInColumns extends Identified, InProgram, InPairing {
    String STARTS_AT = "STARTS_AT";
    String LENGTH_SECONDS = "LENGTH_SECONDS";
    String AGENDA = "AGENDA";
    String SHARED_NOTES = "SHARED_NOTES";
    String LOGGED_BY = "LOGGED_BY";
    String LOGGED_AT = "LOGGED_AT";

    /** When the session started, epoch milliseconds. */
    @NotNull
    long getStartsAt();

    void setStartsAt(long startsAt);

    /** How long it lasted, in seconds. */
    @NotNull
    long getLengthSeconds();

    void setLengthSeconds(long lengthSeconds);

    /** The agenda; free text, never filtered on. */
    @StringLength(StringLength.UNLIMITED)
    String getAgenda();

    void setAgenda(String agenda);

    /** Notes both members see; free text, never filtered on. */
    @StringLength(StringLength.UNLIMITED)
    String getSharedNotes();

    void setSharedNotes(String sharedNotes);

    /** Who logged the session. */
    @NotNull
    @Indexed
    String getLoggedBy();

    void setLoggedBy(String loggedBy);

    /** When it was logged, epoch milliseconds. */
    @NotNull
    long getLoggedAt();

    void setLoggedAt(long loggedAt);
}
