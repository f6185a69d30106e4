// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ModelVersion.html
// (AO plugin 2.0.1). Faithful minimal implementation: the real class is final, has a private constructor and
// does NOT override equals/hashCode (compare with isSame/compareTo).
package com.atlassian.activeobjects.external;

public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    @Override
    public int compareTo(ModelVersion mv) {
        return version - mv.version;
    }

    public boolean isOlderThan(ModelVersion mv) {
        return compareTo(mv) < 0;
    }

    public boolean isNewerThan(ModelVersion mv) {
        return compareTo(mv) > 0;
    }

    public boolean isSame(ModelVersion mv) {
        return compareTo(mv) == 0;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }

    /** Parses an integer version; {@code null} means version 0 (as in the real class). */
    public static ModelVersion valueOf(String s) {
        return s == null ? new ModelVersion(0) : new ModelVersion(Integer.parseInt(s));
    }
}
