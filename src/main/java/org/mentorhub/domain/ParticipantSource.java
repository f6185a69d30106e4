package org.mentorhub.domain;

/** Where a participant comes from; alumni and retirees are known users who no longer work here. */
public enum ParticipantSource {
    EMPLOYEE, ALUMNUS, RETIREE
}
