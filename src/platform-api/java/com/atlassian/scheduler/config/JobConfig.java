// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobConfig.html
// (@Immutable @PublicApi final class: static forJobRunnerKey(JobRunnerKey), getJobRunnerKey(), getRunMode(), getSchedule(),
// getParameters() Map<String,Serializable>, withRunMode/withSchedule/withParameters copies, equals/hashCode/toString).
// UNCONFIRMED: the default schedule of forJobRunnerKey (newer decompiled API: Schedule.runOnce(null), which is not declared
// here) - this stub defaults to forInterval(0, null); always call withSchedule(..). Default run mode RUN_ONCE_PER_CLUSTER.
package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

public final class JobConfig {
    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;
    private final Map<String, Serializable> parameters;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule, Map<String, Serializable> parameters) {
        this.jobRunnerKey = Objects.requireNonNull(jobRunnerKey, "jobRunnerKey");
        this.runMode = Objects.requireNonNull(runMode, "runMode");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.parameters = parameters == null ? Collections.emptyMap()
                : Collections.unmodifiableMap(new HashMap<>(parameters));
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, Schedule.forInterval(0L, null), null);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    public Map<String, Serializable> getParameters() {
        return parameters;
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode == null ? RunMode.RUN_ONCE_PER_CLUSTER : runMode, schedule, parameters);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule, parameters);
    }

    public JobConfig withParameters(Map<String, Serializable> parameters) {
        return new JobConfig(jobRunnerKey, runMode, schedule, parameters);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof JobConfig)) {
            return false;
        }
        JobConfig c = (JobConfig) o;
        return jobRunnerKey.equals(c.jobRunnerKey) && runMode == c.runMode && schedule.equals(c.schedule)
                && parameters.equals(c.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobRunnerKey, runMode, schedule, parameters);
    }

    @Override
    public String toString() {
        return "JobConfig[jobRunnerKey=" + jobRunnerKey + ",runMode=" + runMode + ",schedule=" + schedule
                + ",parameters=" + parameters + ']';
    }
}
