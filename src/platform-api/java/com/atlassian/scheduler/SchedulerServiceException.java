// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// CHECKED exception (extends Exception) thrown by SchedulerService.scheduleJob / scheduleJobWithGeneratedId /
// calculateNextRunTime (https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html).
// UNCONFIRMED: the constructor set (String) / (String, Throwable) - only the sandbox should construct it.
package com.atlassian.scheduler;

public class SchedulerServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
