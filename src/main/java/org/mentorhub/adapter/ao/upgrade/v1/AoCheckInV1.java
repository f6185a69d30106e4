package org.mentorhub.adapter.ao.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/** The check-in table as model version 1 created it. */
@Table("CHECK_IN")
public interface AoCheckInV1 extends Entity, CheckInColumns {
}
