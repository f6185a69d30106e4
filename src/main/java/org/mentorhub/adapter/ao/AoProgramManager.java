package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/** One manager of one program. */
@Table("PROGRAM_MANAGER")
public interface AoProgramManager extends Entity, InProgram, OfUser {
}
