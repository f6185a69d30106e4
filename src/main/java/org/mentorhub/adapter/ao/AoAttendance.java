package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Whether one pair member attended one session. */
@Table("ATTENDANCE")
public interface AoAttendance extends Entity, InPairing, InCheckIn {
    String MEMBER_KEY = "MEMBER_KEY";
    String STATUS = "STATUS";

    /** The member's user key. */
    @NotNull
    @Indexed
    String getMemberKey();

    void setMemberKey(String memberKey);

    /** {@link org.mentorhub.domain.Attendance} name. */
    @NotNull
    String getStatus();

    void setStatus(String status);
}
