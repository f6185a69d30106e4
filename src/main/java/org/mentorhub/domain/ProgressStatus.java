package org.mentorhub.domain;

/** Whether a goal or milestone is still to do. */
public enum ProgressStatus {
    OPEN, DONE
}
