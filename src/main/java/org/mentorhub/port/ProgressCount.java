package org.mentorhub.port;

/** How many of something (goals, milestones, action plans) there are and how many of them are done. */
public record ProgressCount(int total, int done) {

    public static final ProgressCount NONE = new ProgressCount(0, 0);

    public ProgressCount {
        if (total < 0 || done < 0 || done > total) {
            throw new IllegalArgumentException("done " + done + " of " + total);
        }
    }

    /** How much is done, in whole percent; nothing to do counts as 0 %. */
    public int percent() {
        return total == 0 ? 0 : (int) Math.round(100.0 * done / total);
    }

    public ProgressCount plus(ProgressCount other) {
        return new ProgressCount(total + other.total, done + other.done);
    }
}
