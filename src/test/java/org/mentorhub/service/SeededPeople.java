package org.mentorhub.service;

import static org.mentorhub.service.ProfileBuilder.profile;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.mentorhub.domain.AvailabilitySlot;
import org.mentorhub.domain.CareerLevel;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.SkillLevel;
import org.mentorhub.domain.UserKey;

/**
 * Company-like people from a seed: skills in clusters, several places and time zones, reporting lines between
 * mentors and mentees.
 */
final class SeededPeople {
    private static final List<List<String>> SKILL_CLUSTERS = List.of(
            List.of("Java", "Kotlin", "Spring", "Microservices", "Testing"),
            List.of("Sales", "Negotiation", "Account management", "Forecasting", "Pricing"),
            List.of("Design", "Research", "Prototyping", "Accessibility", "Typography"),
            List.of("Leadership", "Coaching", "Hiring", "Feedback", "Delegation"),
            List.of("Finance", "Budgeting", "Controlling", "Reporting", "Audit"),
            List.of("Cloud", "Kubernetes", "Networking", "Security", "Observability"),
            List.of("Data", "Statistics", "Machine learning", "Visualization", "SQL"),
            List.of("Marketing", "Branding", "Campaigns", "Content", "Analytics"));
    private static final List<String> INTERESTS = List.of("hiking", "chess", "jazz", "cooking", "running", "photography",
            "gardening", "cycling", "reading", "volunteering", "travel", "painting");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("Europe/London"),
            ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"));
    private static final List<String> FUNCTIONS = List.of("Engineering", "Sales", "Design", "Finance", "Operations");
    private static final List<String> CITIES = List.of("Berlin", "London", "New York", "Pune", "Lisbon");

    private final Random random;

    SeededPeople(long seed) {
        random = new Random(seed);
    }

    /**
     * Enrols {@code mentors} mentors (1 to {@code maxCapacity} places each) and {@code mentees} mentees, every tenth
     * mentee reporting to a random mentor, into an enrolling program.
     *
     * @return the mentors' places in total
     */
    int enroll(World world, Program program, int mentees, int mentors, int maxCapacity) {
        List<UserKey> mentorKeys = new ArrayList<>();
        int places = 0;
        for (int j = 0; j < mentors; j++) {
            int capacity = 1 + random.nextInt(maxCapacity);
            places += capacity;
            mentorKeys.add(world.enroll(String.format("mentor-%03d", j), program,
                    person(CareerLevel.LEAD, SkillLevel.ADVANCED).capacity(capacity).build(), ParticipantRole.MENTOR));
        }
        for (int i = 0; i < mentees; i++) {
            UserKey mentee = world.users.add(String.format("mentee-%04d", i));
            if (i % 10 == 0) {
                world.users.setManager(mentee, mentorKeys.get(random.nextInt(mentors)));
            }
            world.as(mentee, () -> world.enrollment.enroll(program.id(),
                    World.form(person(CareerLevel.PROFESSIONAL, SkillLevel.BEGINNER).build(), ParticipantRole.MENTEE)));
        }
        return places;
    }

    /** Someone working in one skill cluster, from one of several places and time zones. */
    private ProfileBuilder person(CareerLevel level, SkillLevel skillLevel) {
        List<String> cluster = SKILL_CLUSTERS.get(random.nextInt(SKILL_CLUSTERS.size()));
        String first = cluster.get(random.nextInt(cluster.size()));
        String second = cluster.get(random.nextInt(cluster.size()));
        String interest = INTERESTS.get(random.nextInt(INTERESTS.size()));
        int start = 8 + random.nextInt(8);
        ProfileBuilder builder = profile()
                .level(CareerLevel.values()[level.ordinal() + random.nextInt(2)])
                .function(FUNCTIONS.get(random.nextInt(FUNCTIONS.size())))
                .location(CITIES.get(random.nextInt(CITIES.size())))
                .interests("I enjoy " + interest + " and " + INTERESTS.get(random.nextInt(INTERESTS.size())), interest)
                .goals("Get better at " + first + " and " + second, first.toLowerCase(Locale.ROOT))
                .availability(ZONES.get(random.nextInt(ZONES.size())),
                        new AvailabilitySlot(DayOfWeek.of(1 + random.nextInt(5)), LocalTime.of(start, 0), LocalTime.of(start + 2, 0)));
        builder.skill(first, skillLevel);
        if (!second.equals(first)) {
            builder.skill(second, SkillLevel.values()[Math.min(3, skillLevel.ordinal() + 1)]);
        }
        return builder;
    }
}
