// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against a CFR-decompiled com/atlassian/scheduler/JobRunnerResponse (recent atlassian-scheduler-api, @PublicApi
// @Immutable final class; public sources). Faithful implementation of the factory methods, getters and value semantics
// (aborted/failed(String) require a non-blank message; failed(Throwable) builds "SimpleName: message" for the cause chain,
// truncated to 255 chars).
package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;
import java.util.Objects;

public final class JobRunnerResponse {
    private final RunOutcome runOutcome;
    private final String message;

    private JobRunnerResponse(RunOutcome runOutcome, String message) {
        this.runOutcome = runOutcome;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return success(null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse aborted(String message) {
        if (!isNotBlank(message)) {
            throw new IllegalArgumentException("The message must be specified when reporting a job as aborted!");
        }
        return new JobRunnerResponse(RunOutcome.ABORTED, message);
    }

    public static JobRunnerResponse failed(String message) {
        if (!isNotBlank(message)) {
            throw new IllegalArgumentException("The message must be specified when reporting a job as failed!");
        }
        return new JobRunnerResponse(RunOutcome.FAILED, message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(RunOutcome.FAILED, toMessage(Objects.requireNonNull(cause, "cause")));
    }

    public RunOutcome getRunOutcome() {
        return runOutcome;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        JobRunnerResponse other = (JobRunnerResponse) o;
        return runOutcome == other.runOutcome && Objects.equals(message, other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(runOutcome, message);
    }

    @Override
    public String toString() {
        return "JobRunnerResponse[runOutcome=" + runOutcome + ",message='" + message + "']";
    }

    private static boolean isNotBlank(String message) {
        return message != null && !message.trim().isEmpty();
    }

    private static String toMessage(Throwable e) {
        StringBuilder sb = new StringBuilder(255);
        appendShortForm(sb, e);
        for (Throwable cause = e.getCause(); sb.length() < 255 && cause != null; cause = cause.getCause()) {
            sb.append('\n');
            appendShortForm(sb, cause);
        }
        if (sb.length() > 255) {
            sb.setLength(255);
        }
        return sb.toString();
    }

    private static void appendShortForm(StringBuilder sb, Throwable e) {
        sb.append(e.getClass().getSimpleName());
        String msg = e.getMessage();
        if (msg != null) {
            sb.append(": ").append(msg);
        }
    }
}
