package org.mentorhub.port;

/** How many of something (goals, milestones, action plans) there are and how many of them are done. */
public record ProgressCount(int total, int done) {

    public static final ProgressCount NONE = new ProgressCount(0, 0);

    public ProgressCount {
        if (total < 0 || done < 0 || done > total) {
            throw new IllegalArgumentException("done " + done + " of " + total);
        }
    }

    public ProgressCount plus(ProgressCount other) {
        return new ProgressCount(total + other.total, done + other.done);
    }
}
