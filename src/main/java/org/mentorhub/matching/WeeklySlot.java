package org.mentorhub.matching;

import static org.mentorhub.matching.MatchingInputException.Problem.INVALID_PARAMETER;
import static org.mentorhub.matching.MatchingInputException.require;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A recurring weekly time window in the participant's own time zone (ends on the same day). */
public record WeeklySlot(DayOfWeek day, LocalTime start, LocalTime end) {

    public WeeklySlot {
        require(day != null && start != null && end != null && start.isBefore(end), INVALID_PARAMETER,
                "a weekly slot needs a day and a start before its end", String.valueOf(start), String.valueOf(end));
    }
}
