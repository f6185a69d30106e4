package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A member's private note on a session, read by its author only (through the session, for a pairing's notes). */
@Table("PRIVATE_NOTE")
public interface AoPrivateNote extends Entity, InCheckIn {
    String AUTHOR_KEY = "AUTHOR_KEY";
    String CHECK_IN_AUTHOR = "CHECK_IN_AUTHOR";
    String NOTE_TEXT = "NOTE_TEXT";
    String WRITTEN_AT = "WRITTEN_AT";

    /** The author's user key. */
    @NotNull
    @Indexed
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    /** Session id and author: unique, one note per author and session. */
    @NotNull
    @Unique
    @StringLength(Columns.COMPOSITE_KEY_LENGTH)
    String getCheckInAuthor();

    void setCheckInAuthor(String checkInAuthor);

    /** The note; free text, never filtered on. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getNoteText();

    void setNoteText(String noteText);

    /** When it was last written, epoch milliseconds. */
    @NotNull
    long getWrittenAt();

    void setWrittenAt(long writtenAt);
}
