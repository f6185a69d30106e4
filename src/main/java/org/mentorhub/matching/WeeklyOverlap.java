package org.mentorhub.matching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Weekly availability overlap of two people in different time zones, in minutes. */
public final class WeeklyOverlap {

    private static final int MINUTES_PER_WEEK = 7 * 24 * 60;

    private WeeklyOverlap() {
    }

    /**
     * Minutes per week both are available. Slots are placed in the given week in each person's own zone (so the
     * daylight-saving offsets of that week apply) and compared as merged intervals on a UTC minute-of-week circle.
     */
    public static int minutes(List<WeeklySlot> first, ZoneId firstZone, List<WeeklySlot> second, ZoneId secondZone,
                              LocalDate week) {
        List<int[]> a = mergedUtcIntervals(first, firstZone, week);
        List<int[]> b = mergedUtcIntervals(second, secondZone, week);
        int overlap = 0;
        for (int i = 0, j = 0; i < a.size() && j < b.size(); ) {
            int start = Math.max(a.get(i)[0], b.get(j)[0]);
            int end = Math.min(a.get(i)[1], b.get(j)[1]);
            overlap += Math.max(0, end - start);
            if (a.get(i)[1] < b.get(j)[1]) {
                i++;
            } else {
                j++;
            }
        }
        return overlap;
    }

    private static List<int[]> mergedUtcIntervals(List<WeeklySlot> slots, ZoneId zone, LocalDate week) {
        LocalDate monday = week.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        ZonedDateTime weekStartUtc = monday.atStartOfDay(ZoneOffset.UTC);
        List<int[]> pieces = new ArrayList<>();
        for (WeeklySlot slot : slots) {
            LocalDate day = monday.plusDays(slot.day().getValue() - 1L);
            int start = (int) ChronoUnit.MINUTES.between(weekStartUtc, day.atTime(slot.start()).atZone(zone));
            int end = (int) ChronoUnit.MINUTES.between(weekStartUtc, day.atTime(slot.end()).atZone(zone));
            int wrappedStart = Math.floorMod(start, MINUTES_PER_WEEK);
            int wrappedEnd = wrappedStart + (end - start);
            if (wrappedEnd <= MINUTES_PER_WEEK) {
                pieces.add(new int[] {wrappedStart, wrappedEnd});
            } else {
                // The slot crosses the UTC week boundary: split it into its two ends.
                pieces.add(new int[] {wrappedStart, MINUTES_PER_WEEK});
                pieces.add(new int[] {0, wrappedEnd - MINUTES_PER_WEEK});
            }
        }
        pieces.sort(Comparator.comparingInt((int[] piece) -> piece[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] piece : pieces) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && piece[0] <= last[1]) {
                last[1] = Math.max(last[1], piece[1]);
            } else {
                merged.add(piece.clone());
            }
        }
        return merged;
    }
}
