package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One manager of one program. */
@Table("PROGRAM_MANAGER")
public interface AoProgramManager extends Entity, InProgram {
    String USER_KEY = "USER_KEY";

    /** The manager's user key; indexed to find the programs someone manages. */
    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);
}
