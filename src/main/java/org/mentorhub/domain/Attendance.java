package org.mentorhub.domain;

/** Whether a pair member was at a session. */
public enum Attendance {
    ATTENDED, EXCUSED, ABSENT
}
