// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against the atlassian-scheduler-api 1.6.0 SchedulerService page ("registering a JobRunner") and the decompiled
// JobRunner quoted in the shared reference: JobRunnerResponse runJob(JobRunnerRequest) (@Nullable result = success).
package com.atlassian.scheduler;

public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
