// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Members as in the CFR-decompiled com/atlassian/scheduler/JobRunnerRequest quoted in the shared reference (@PublicApi):
// getStartTime(), getJobId(), getJobConfig(), isCancellationRequested() (all @Nonnull; annotations not reproduced).
// UNCONFIRMED in this session against a javadoc page (the 1.6.0 page was not read).
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import java.util.Date;

public interface JobRunnerRequest {
    Date getStartTime();

    JobId getJobId();

    JobConfig getJobConfig();

    boolean isCancellationRequested();
}
