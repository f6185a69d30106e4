package org.mentorhub.matching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test-data builders for profiles and programs. */
final class Profiles {

    static final LocalDate WEEK = LocalDate.of(2025, 3, 3);

    private Profiles() {
    }

    static Builder person(String id) {
        return new Builder(id);
    }

    static MatchingProgram program() {
        return program(CriteriaWeights.balanced(), false);
    }

    static MatchingProgram program(CriteriaWeights weights, boolean reverse) {
        return new MatchingProgram("p1", weights, 1, 3, MatchingProgram.FunctionPreference.ANY, false, false, false,
                reverse, 2.0, WEEK, Set.of(), Set.of());
    }

    static final class Builder {
        private final String id;
        private Map<String, Integer> skills = Map.of();
        private Set<String> wanted = Set.of();
        private String goals = "";
        private String interests = "";
        private int level = 3;
        private String manager;
        private List<WeeklySlot> slots = List.of(new WeeklySlot(DayOfWeek.TUESDAY, LocalTime.of(9, 0),
                LocalTime.of(12, 0)));
        private ZoneId zone = ZoneId.of("Europe/Berlin");
        private boolean optedIn = true;
        private boolean trained = true;
        private int capacity = 1;
        private DiversityProfile diversity = DiversityProfile.NOT_SHARED;

        private Builder(String id) {
            this.id = id;
        }

        Builder skills(Map<String, Integer> value) {
            skills = value;
            return this;
        }

        Builder wants(String... value) {
            wanted = Set.of(value);
            return this;
        }

        Builder goals(String value) {
            goals = value;
            return this;
        }

        Builder interests(String value) {
            interests = value;
            return this;
        }

        Builder level(int value) {
            level = value;
            return this;
        }

        Builder manager(String value) {
            manager = value;
            return this;
        }

        Builder slots(ZoneId timeZone, WeeklySlot... value) {
            zone = timeZone;
            slots = List.of(value);
            return this;
        }

        Builder optedOut() {
            optedIn = false;
            return this;
        }

        Builder untrained() {
            trained = false;
            return this;
        }

        Builder capacity(int value) {
            capacity = value;
            return this;
        }

        Builder diversity(DiversityProfile value) {
            diversity = value;
            return this;
        }

        MatchProfile build() {
            return new MatchProfile(id, skills, wanted, goals, interests, Set.of(), level, "Engineering", manager,
                    slots, zone, Set.of("English"), "Berlin", optedIn, trained, capacity, diversity);
        }
    }
}
