package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.Table;
import org.mentorhub.adapter.ao.upgrade.v1.CheckInColumns;

/**
 * A check-in session of a pair: the columns of version 1 ({@link CheckInColumns}), and since version 3 whether it
 * was held, so that reports count held check-ins of a period without reading attendance. Indexed by program, held
 * and start, in that order, so such a count is one range of the index and reads no rows.
 */
@Table("CHECK_IN")
@Indexes(@Index(name = "program_held_starts", methodNames = {"getProgramUuid", "getHeld", "getStartsAt"}))
public interface AoCheckIn extends Entity, CheckInColumns {
    String HELD = "HELD";

    /** Whether a mentee of the pair attended ({@link org.mentorhub.domain.Session#isHeldCheckInOf}); empty only before version 3 filled it. */
    Boolean getHeld();

    void setHeld(Boolean held);
}
