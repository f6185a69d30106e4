package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.service.ProfileBuilder.profile;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.AvailabilitySlot;
import org.mentorhub.domain.CareerLevel;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.SkillLevel;
import org.mentorhub.domain.UserKey;
import org.mentorhub.matching.assignment.Objective;

/**
 * A company-size program (2,000 mentees, 600 mentors with 1 to 5 places, skills in clusters, several time zones,
 * reporting lines between mentors and mentees) matched through the service: the run stores a proposal for as many
 * mentees as there are places, every proposal keeps the hard constraints, and approving them all passes the domain's
 * own pairing checks. Speed is measured by benchmarks, not here.
 */
class MatchingScaleTest {
    private static final int MENTEES = 2_000;
    private static final int MENTORS = 600;
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

    private final World world = new World();
    private final Random random = new Random(20250303);

    @Test
    void aProgramOf2000MenteesAnd600MentorsIsMatchedWithinEveryConstraint() {
        Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.ADMIN);
        List<UserKey> mentors = new ArrayList<>();
        int places = 0;
        for (int j = 0; j < MENTORS; j++) {
            int capacity = 1 + random.nextInt(5);
            places += capacity;
            mentors.add(world.enroll(String.format("mentor-%03d", j), program, person(CareerLevel.LEAD, SkillLevel.ADVANCED).capacity(capacity).build(),
                    ParticipantRole.MENTOR));
        }
        for (int i = 0; i < MENTEES; i++) {
            UserKey mentee = world.users.add(String.format("mentee-%04d", i));
            if (i % 10 == 0) {
                world.users.setManager(mentee, mentors.get(random.nextInt(MENTORS)));
            }
            world.as(mentee, () -> world.enrollment.enroll(program.id(),
                    World.form(person(CareerLevel.PROFESSIONAL, SkillLevel.BEGINNER).build(), ParticipantRole.MENTEE)));
        }
        world.startMatching(program);

        MatchingRun run = world.as(world.manager, () -> world.matching.run(program.id(), Objective.MAXIMIZE_MATCHES_THEN_SCORE));

        Set<UserKey> proposed = new HashSet<>();
        run.proposals().forEach(proposal -> proposed.addAll(proposal.pairing().mentees()));
        assertThat(proposed).hasSize(run.proposals().size()).doesNotContainAnyElementsOf(run.unmatchedMentees());
        assertThat(proposed.size() + run.unmatchedMentees().size()).isEqualTo(MENTEES);
        assertThat(proposed).hasSize(Math.min(places, MENTEES));
        assertThat(run.proposals()).allSatisfy(proposal -> assertThat(proposal.fits().get(0).explanation().score()).isPositive());
        HardConstraints.assertHeldBy(world, program);

        List<Id<Pairing>> ids = run.proposals().stream().map(proposal -> proposal.pairing().id()).toList();
        List<Pairing> approved = world.as(world.manager, () -> world.matching.approveProposals(program.id(), ids));

        assertThat(approved).hasSize(ids.size()).extracting(Pairing::status).containsOnly(PairingStatus.ACCEPTED);
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
