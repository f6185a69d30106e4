// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html
// ("JobRunnerKey: a wrapper to distinguish ... from simple strings") and the CFR-decompiled class quoted in the shared reference
// (final, Serializable, Comparable<JobRunnerKey>, static of(String)). Faithful minimal value implementation (equals/hashCode/
// compareTo on the wrapped string, toString() returns it).
package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {
    private static final long serialVersionUID = 1L;

    private final String key;

    private JobRunnerKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public int compareTo(JobRunnerKey o) {
        return key.compareTo(o.key);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o != null && o.getClass() == getClass() && key.equals(((JobRunnerKey) o).key));
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
