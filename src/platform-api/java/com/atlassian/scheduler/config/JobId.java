// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html
// ("JobId: a wrapper to distinguish ... from simple strings") and the CFR-decompiled class quoted in the shared reference
// (final, Serializable, Comparable<JobId>, static of(String)). Faithful minimal value implementation (equals/hashCode/
// compareTo on the wrapped string, toString() returns it).
package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

public final class JobId implements Serializable, Comparable<JobId> {
    private static final long serialVersionUID = 1L;

    private final String id;

    private JobId(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public int compareTo(JobId o) {
        return id.compareTo(o.id);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o != null && o.getClass() == getClass() && id.equals(((JobId) o).id));
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
