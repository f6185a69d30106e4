package org.mentorhub.sandbox.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.mentorhub.domain.AvailabilitySlot;
import org.mentorhub.domain.CareerLevel;
import org.mentorhub.domain.DemographicAttribute;
import org.mentorhub.domain.Demographics;
import org.mentorhub.domain.Profile;
import org.mentorhub.domain.Skill;
import org.mentorhub.domain.SkillLevel;
import org.mentorhub.domain.TaggedText;
import org.mentorhub.domain.UserKey;
import org.mentorhub.sandbox.host.SandboxUser;
import org.mentorhub.sandbox.host.SandboxUsers;

/**
 * The sandbox's crowd: named people beyond the demo users, each with a varied profile (skills with levels, interests and
 * goals, career level, business function, a location in one of several time zones, languages, weekly availability, and
 * for some consented demographics) and a direct manager. Deterministic: the same seed gives the same people.
 */
public final class DemoPeople {
    /** How many the sandbox starts with: with the 7 demo users and the dashboard data set's 4 people, 300 users. */
    public static final int CROWD = 289;
    /** The sandbox's seed for the crowd and its demo data. */
    public static final long SEED = 2026;
    /** The first crowd member's key is {@code JIRAUSER20000}; keys count up from there. */
    public static final int FIRST_KEY = 20_000;

    private static final List<String> FIRST_NAMES = List.of("Aisha", "Ben", "Carla", "Dev", "Elena", "Farid", "Grace", "Hiro",
        "Ines", "Jamal", "Kaori", "Lars", "Maya", "Nikolai", "Olivia", "Pedro", "Qing", "Rosa", "Sven", "Tara", "Umar", "Vera",
        "Wei", "Ximena", "Yusuf", "Zoe", "Anil", "Beatriz", "Chidi", "Dana");
    private static final List<String> LAST_NAMES = List.of("Adeyemi", "Bauer", "Chen", "Dubois", "Eriksen", "Fernandes", "Gupta",
        "Haddad", "Ivanova", "Jensen", "Kowalski", "Lopez", "Murphy", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi", "Singh",
        "Tanaka", "Usman", "Varga", "Weber", "Yilmaz", "Zhang");
    private static final List<String> SKILLS = List.of("Java", "Kotlin", "TypeScript", "Python", "SQL", "Kubernetes", "AWS",
        "Security", "Testing", "Product discovery", "UX research", "Negotiation", "Public speaking", "Coaching",
        "Data analysis", "Machine learning", "Accessibility", "Incident management", "Hiring", "Budgeting");
    private static final List<String> TOPICS = List.of("distributed systems", "career growth", "leadership", "architecture",
        "customer empathy", "observability", "agile coaching", "design systems", "open source", "mentoring others",
        "writing", "data privacy", "cloud costs", "team health", "pricing", "developer experience");
    private static final List<String> FUNCTIONS = List.of("Engineering", "Product", "Design", "Sales", "Customer Success",
        "Finance", "People", "Marketing", "Operations", "Legal");
    private static final List<Place> PLACES = List.of(new Place("Berlin", "Europe/Berlin"), new Place("London", "Europe/London"),
        new Place("New York", "America/New_York"), new Place("San Francisco", "America/Los_Angeles"),
        new Place("São Paulo", "America/Sao_Paulo"), new Place("Bangalore", "Asia/Kolkata"), new Place("Tokyo", "Asia/Tokyo"),
        new Place("Sydney", "Australia/Sydney"), new Place("Lagos", "Africa/Lagos"), new Place("Warsaw", "Europe/Warsaw"));
    private static final List<Locale> LANGUAGES = List.of(Locale.GERMAN, Locale.FRENCH, Locale.JAPANESE,
        Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"), Locale.forLanguageTag("hi"), Locale.forLanguageTag("pl"));
    private static final List<String> GENDERS = List.of("woman", "man", "non-binary");
    private static final List<String> AGE_BANDS = List.of("18-29", "30-39", "40-49", "50+");
    /** One in this many people manages the next ones. */
    private static final int TEAM_SIZE = 8;

    private final List<Person> people;

    private DemoPeople(List<Person> people) {
        this.people = people;
    }

    /** One of the crowd: their directory entry, their manager ({@code null} for heads of team) and their profile. */
    public record Person(SandboxUser user, UserKey manager, Profile profile) {
        public UserKey key() {
            return new UserKey(user.key());
        }
    }

    private record Place(String city, String zone) {
    }

    /** {@code count} people made from {@code seed}; every {@value #TEAM_SIZE}th heads a team of the following ones. */
    public static DemoPeople generate(int count, long seed) {
        Random random = new Random(seed);
        Set<String> names = new HashSet<>();
        List<Person> people = new ArrayList<>(count);
        UserKey teamLead = null;
        for (int i = 0; i < count; i++) {
            String name;
            do {
                name = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " " + LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
            } while (!names.add(name));
            String username = name.toLowerCase(Locale.ROOT).replace(' ', '.');
            SandboxUser user = new SandboxUser("JIRAUSER" + (FIRST_KEY + i), username, name, username + "@example.com",
                Set.of(SandboxUser.USERS));
            boolean leadsTeam = i % TEAM_SIZE == 0;
            UserKey manager = leadsTeam ? null : teamLead;
            CareerLevel level = leadsTeam ? pick(random, List.of(CareerLevel.LEAD, CareerLevel.MANAGER, CareerLevel.DIRECTOR,
                CareerLevel.EXECUTIVE)) : pick(random, List.of(CareerLevel.ENTRY, CareerLevel.PROFESSIONAL, CareerLevel.PROFESSIONAL,
                CareerLevel.SENIOR, CareerLevel.SENIOR, CareerLevel.LEAD));
            people.add(new Person(user, manager, profile(random, level, manager)));
            if (leadsTeam) {
                teamLead = new UserKey(user.key());
            }
        }
        return new DemoPeople(List.copyOf(people));
    }

    public List<Person> all() {
        return people;
    }

    /** Adds everyone to the sandbox's directory. */
    public void addTo(SandboxUsers users) {
        people.forEach(person -> users.add(person.user()));
    }

    /** Each person's direct manager, for the directory's reporting lines. */
    public Map<UserKey, UserKey> managers() {
        Map<UserKey, UserKey> managers = new LinkedHashMap<>();
        people.stream().filter(p -> p.manager() != null).forEach(p -> managers.put(p.key(), p.manager()));
        return managers;
    }

    /** A varied profile of the given level; its capacity is set per program when the person enrolls. */
    static Profile profile(Random random, CareerLevel level, UserKey manager) {
        List<Skill> skills = new ArrayList<>();
        for (String skill : distinct(random, SKILLS, 2 + random.nextInt(4))) {
            skills.add(new Skill(skill, SkillLevel.values()[random.nextInt(SkillLevel.values().length)]));
        }
        Set<String> interests = distinct(random, TOPICS, 2 + random.nextInt(3));
        Set<String> goals = distinct(random, TOPICS, 1 + random.nextInt(2));
        Place place = pick(random, PLACES);
        Set<Locale> languages = new LinkedHashSet<>(List.of(Locale.ENGLISH));
        if (random.nextInt(3) > 0) {
            languages.add(pick(random, LANGUAGES));
        }
        List<AvailabilitySlot> availability = new ArrayList<>();
        for (DayOfWeek day : distinct(random, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), 1 + random.nextInt(3))) {
            int start = 8 + random.nextInt(9);
            availability.add(new AvailabilitySlot(day, LocalTime.of(start, 0), LocalTime.of(start + 1, random.nextBoolean() ? 0 : 30)));
        }
        Demographics demographics = Demographics.NONE;
        if (random.nextInt(4) == 0) {
            Map<DemographicAttribute, String> values = new EnumMap<>(DemographicAttribute.class);
            values.put(DemographicAttribute.GENDER, pick(random, GENDERS));
            values.put(DemographicAttribute.AGE_BAND, pick(random, AGE_BANDS));
            demographics = new Demographics(values);
        }
        return new Profile(skills,
            new TaggedText("Curious about " + String.join(", ", interests) + ".", interests),
            new TaggedText("This year I want to get better at " + String.join(" and ", goals) + ".", goals),
            level, pick(random, FUNCTIONS), manager, place.city(), ZoneId.of(place.zone()), languages, availability, 0,
            demographics);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> Set<T> distinct(Random random, List<T> values, int count) {
        Set<T> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(pick(random, values));
        }
        return picked;
    }
}
