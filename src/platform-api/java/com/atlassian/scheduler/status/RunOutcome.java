// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against the CFR-decompiled com/atlassian/scheduler/JobRunnerResponse (public sources), which uses
// com.atlassian.scheduler.status.RunOutcome.SUCCESS / ABORTED / FAILED. The real enum may have more constants
// (e.g. UNAVAILABLE) - UNCONFIRMED, not declared.
package com.atlassian.scheduler.status;

public enum RunOutcome {
    SUCCESS,
    FAILED,
    ABORTED
}
