package org.mentorhub.adapter.ao;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/** Rows that belong to a program: read per program in one query. */
public interface InProgram {
    String PROGRAM_UUID = "PROGRAM_UUID";

    /** The program's domain id. */
    @NotNull
    @Indexed
    @StringLength(Columns.UUID_LENGTH)
    String getProgramUuid();

    void setProgramUuid(String programUuid);
}
