// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html
// (final class; static forCronExpression(String), forCronExpression(String, TimeZone), forInterval(long, Date);
// getType(); nested enum Schedule.Type {CRON_EXPRESSION, INTERVAL}; equals/hashCode).
// Left out: getCronScheduleInfo()/getIntervalScheduleInfo() (drag in CronScheduleInfo/IntervalScheduleInfo) and
// runOnce(Date) (newer API; not in the 1.6.0 page). Faithful minimal value implementation (fields only visible through
// getType(), equals/hashCode and toString).
package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;
import java.util.TimeZone;

public final class Schedule {
    public enum Type {
        CRON_EXPRESSION,
        INTERVAL
    }

    private final Type type;
    private final String cronExpression;
    private final TimeZone timeZone;
    private final long intervalInMillis;
    private final Date firstRunTime;

    private Schedule(Type type, String cronExpression, TimeZone timeZone, long intervalInMillis, Date firstRunTime) {
        this.type = type;
        this.cronExpression = cronExpression;
        this.timeZone = timeZone;
        this.intervalInMillis = intervalInMillis;
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    public static Schedule forCronExpression(String cronExpression) {
        return forCronExpression(cronExpression, null);
    }

    public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
        return new Schedule(Type.CRON_EXPRESSION, Objects.requireNonNull(cronExpression, "cronExpression"), timeZone, 0L, null);
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        if (intervalInMillis < 0L) {
            throw new IllegalArgumentException("intervalInMillis must not be negative");
        }
        return new Schedule(Type.INTERVAL, null, null, intervalInMillis, firstRunTime);
    }

    public Type getType() {
        return type;
    }





    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Schedule)) {
            return false;
        }
        Schedule s = (Schedule) o;
        return type == s.type && intervalInMillis == s.intervalInMillis && Objects.equals(cronExpression, s.cronExpression)
                && Objects.equals(timeZone, s.timeZone) && Objects.equals(firstRunTime, s.firstRunTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, cronExpression, timeZone, intervalInMillis, firstRunTime);
    }

    @Override
    public String toString() {
        return type == Type.CRON_EXPRESSION
                ? "Schedule[type=CRON_EXPRESSION,cronExpression=" + cronExpression + ",timeZone=" + timeZone + ']'
                : "Schedule[type=INTERVAL,intervalInMillis=" + intervalInMillis + ",firstRunTime=" + firstRunTime + ']';
    }
}
