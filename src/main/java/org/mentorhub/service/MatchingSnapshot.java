package org.mentorhub.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mentorhub.domain.ConsentScope;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.MatchCriterion;
import org.mentorhub.domain.PairExclusion;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Profile;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.ProposalLock;
import org.mentorhub.domain.Skill;
import org.mentorhub.domain.TrainingCompletion;
import org.mentorhub.domain.TrainingMaterial;
import org.mentorhub.domain.UserKey;
import org.mentorhub.matching.CriteriaWeights;
import org.mentorhub.matching.Criterion;
import org.mentorhub.matching.DiversityProfile;
import org.mentorhub.matching.MatchProfile;
import org.mentorhub.matching.MatchingPool;
import org.mentorhub.matching.MatchingProgram;
import org.mentorhub.matching.PairKey;
import org.mentorhub.matching.WeeklySlot;

/**
 * A program's matching state, read in one go, and its translation into the matching engine's input. The engine
 * knows nothing of the domain; this is the one place that maps between them:
 *
 * <ul>
 *   <li>only active (opted-in) participants take part; a mentor's capacity is their free places (capacity minus
 *       the mentees of their accepted and active pairings);
 *   <li>a mentee's wanted skills are their goal tags, their tags the interest tags; skill levels beginner..expert
 *       become 2..5 of the engine's 1..5 scale, career levels their rank;
 *   <li>the program's weights (0..10 per criterion) become whole percent summing to 100 by largest remainder; the
 *       time-zone weight counts for availability, which the engine measures across time zones;
 *   <li>demographics are handed over only where the program allows diversity preferences and the participant
 *       consented to their use; every attribute a mentee shared counts as one they wish to share with the mentor;
 *   <li>pairs a manager excluded and pairs declined before become the engine's exclusions and declined pairs.
 * </ul>
 */
final class MatchingSnapshot {
    /** Preferred career-level gap: the mentor one to three levels above the mentee (the mentee above in reverse programs). */
    static final int MIN_LEVEL_GAP = 1;
    static final int MAX_LEVEL_GAP = 3;
    /** Weekly overlap that earns the full availability score. */
    static final double TARGET_OVERLAP_HOURS = 2.0;
    private static final int LOWEST_SKILL_LEVEL = 2;
    private static final Map<MatchCriterion, Criterion> ENGINE_CRITERION = engineCriteria();

    private final Program program;
    private final MatchingProgram engineProgram;
    private final Map<UserKey, Participant> active = new LinkedHashMap<>();
    private final Map<UserKey, MatchProfile> profiles = new HashMap<>();
    private final Map<UserKey, Integer> freePlaces = new HashMap<>();
    private final List<Pairing> pairings;
    private final Set<Id<Pairing>> locked;

    MatchingSnapshot(Program program, List<Participant> participants, List<Pairing> pairings, List<TrainingMaterial> materials,
                     List<TrainingCompletion> completions, List<PairExclusion> exclusions, List<ProposalLock> locks, LocalDate today) {
        this.program = program;
        this.pairings = List.copyOf(pairings);
        this.locked = locks.stream().map(ProposalLock::pairingId).collect(Collectors.toUnmodifiableSet());
        this.engineProgram = new MatchingProgram(program.id().toString(), percentWeights(program.settings().criteriaWeights()),
                MIN_LEVEL_GAP, MAX_LEVEL_GAP, MatchingProgram.FunctionPreference.SAME, true, program.settings().trainingRequired(),
                program.settings().diversityPreferencesAllowed(), program.type() == ProgramType.REVERSE, TARGET_OVERLAP_HOURS, today,
                pairs(exclusions, PairExclusion.Reason.EXCLUDED_BY_MANAGER), pairs(exclusions, PairExclusion.Reason.DECLINED));
        Map<UserKey, Integer> taken = new HashMap<>();
        for (Pairing pairing : pairings) {
            if (pairing.status().holdsCapacity()) {
                taken.merge(pairing.mentor(), pairing.mentees().size(), Integer::sum);
            }
        }
        Map<UserKey, List<TrainingCompletion>> completionsByUser = completions.stream()
                .collect(Collectors.groupingBy(TrainingCompletion::user));
        // By user key, so a run does not depend on the order a store returns participants in.
        List<Participant> byUser = participants.stream().sorted(Comparator.comparing(p -> p.user().value())).toList();
        for (Participant participant : byUser) {
            if (!participant.isActive()) {
                continue;
            }
            UserKey user = participant.user();
            int free = participant.isMentor() ? Math.max(0, participant.profile().mentorCapacity() - taken.getOrDefault(user, 0)) : 0;
            boolean trained = TrainingMaterial.trainedFor(program, ParticipantRole.MENTOR, materials,
                    completionsByUser.getOrDefault(user, List.of()));
            active.put(user, participant);
            freePlaces.put(user, free);
            profiles.put(user, profile(participant, free, trained));
        }
    }

    Program program() {
        return program;
    }

    MatchingProgram engineProgram() {
        return engineProgram;
    }

    /** Active participants with the mentee role, by user key. */
    List<UserKey> mentees() {
        return withRole(ParticipantRole.MENTEE);
    }

    /** Active participants with the mentor role, by user key. */
    List<UserKey> mentors() {
        return withRole(ParticipantRole.MENTOR);
    }

    /** The engine's view of an active participant; empty for anyone else. */
    Optional<MatchProfile> profile(UserKey user) {
        return Optional.ofNullable(profiles.get(user));
    }

    /** The engine's view of these active participants, in the given order. */
    List<MatchProfile> profiles(List<UserKey> users) {
        return users.stream().map(profiles::get).toList();
    }

    /** Every active participant as the engine sees them, by user key. */
    List<MatchProfile> everyone() {
        return profiles(List.copyOf(active.keySet()));
    }

    /** Places a mentor has left; 0 for anyone who is not an active mentor. */
    int freePlaces(UserKey mentor) {
        return freePlaces.getOrDefault(mentor, 0);
    }

    /** The program's proposals waiting for a decision, oldest first. */
    List<Pairing> proposals() {
        return pairings.stream().filter(p -> p.status() == PairingStatus.PROPOSED).toList();
    }

    boolean isLocked(Pairing proposal) {
        return locked.contains(proposal.id());
    }

    /** Whether the mentee holds a place in an accepted or active pairing. */
    boolean holdsPlace(UserKey mentee) {
        return pairings.stream().anyMatch(p -> p.isMentee(mentee) && p.status().holdsCapacity());
    }

    /** Whether mentor and mentee already share a pairing that is still open. */
    boolean haveOpenPairing(UserKey mentor, UserKey mentee) {
        return pairings.stream().anyMatch(p -> p.isMentor(mentor) && p.isMentee(mentee) && !p.status().isFinal());
    }

    /**
     * Mentees an administrative run may pair: active mentees not already in an accepted or active pairing, not
     * waiting for a mentor's answer to their own request, and not in a locked proposal.
     */
    List<UserKey> menteesToMatch() {
        Set<UserKey> claimed = pairings.stream()
                .filter(p -> p.status().holdsCapacity() || p.status() == PairingStatus.REQUESTED
                        || p.status() == PairingStatus.PROPOSED && isLocked(p))
                .flatMap(p -> p.mentees().stream())
                .collect(Collectors.toSet());
        return mentees().stream().filter(mentee -> !claimed.contains(mentee)).toList();
    }

    /** Mentors' places left after their locked proposals, for an administrative run. */
    Map<UserKey, Integer> placesAfterLockedProposals() {
        Map<UserKey, Integer> places = new HashMap<>();
        mentors().forEach(mentor -> places.put(mentor, freePlaces(mentor)));
        proposals().stream().filter(this::isLocked)
                .forEach(p -> places.computeIfPresent(p.mentor(), (mentor, free) -> Math.max(0, free - p.mentees().size())));
        return places;
    }

    /**
     * A validated engine run over these mentees and the mentors with a place in {@code placesByMentor} (by user
     * key), each with that many places.
     */
    MatchingPool pool(List<UserKey> mentees, Map<UserKey, Integer> placesByMentor) {
        List<MatchProfile> mentors = mentors().stream()
                .filter(mentor -> placesByMentor.getOrDefault(mentor, 0) > 0)
                .map(mentor -> withCapacity(profiles.get(mentor), placesByMentor.get(mentor)))
                .toList();
        return new MatchingPool(engineProgram, profiles(mentees), mentors);
    }

    /**
     * The program's percent weights from its 0..10 weights, by largest remainder (ties in criterion order), so they
     * keep their proportions and sum to exactly 100.
     */
    static CriteriaWeights percentWeights(org.mentorhub.domain.CriteriaWeights weights) {
        int[] raw = new int[Criterion.values().length];
        weights.weights().forEach((criterion, weight) -> raw[ENGINE_CRITERION.get(criterion).ordinal()] += weight);
        int total = IntStream.of(raw).sum();
        int[] percent = IntStream.of(raw).map(weight -> 100 * weight / total).toArray();
        int left = 100 - IntStream.of(percent).sum();
        IntStream.range(0, raw.length).boxed()
                .sorted(Comparator.comparingInt((Integer c) -> 100 * raw[c] % total).reversed())
                .limit(left)
                .forEach(c -> percent[c]++);
        Map<Criterion, Integer> byCriterion = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            byCriterion.put(criterion, percent[criterion.ordinal()]);
        }
        return new CriteriaWeights(byCriterion);
    }

    private List<UserKey> withRole(ParticipantRole role) {
        return active.values().stream().filter(p -> p.hasRole(role)).map(Participant::user).toList();
    }

    private MatchProfile profile(Participant participant, int capacity, boolean trained) {
        Profile profile = participant.profile();
        Map<String, Integer> skills = new TreeMap<>();
        for (Skill skill : profile.skills()) {
            skills.put(skill.name(), LOWEST_SKILL_LEVEL + skill.level().ordinal());
        }
        List<WeeklySlot> slots = profile.availability().stream().map(s -> new WeeklySlot(s.day(), s.start(), s.end())).toList();
        Set<String> languages = profile.languages().stream().map(Locale::getLanguage).collect(Collectors.toSet());
        return new MatchProfile(participant.user().value(), skills, profile.goals().tags(), profile.goals().text(),
                profile.interests().text(), profile.interests().tags(), profile.careerLevel().ordinal(), profile.businessFunction(),
                profile.manager() == null ? null : profile.manager().value(), slots, profile.timeZone(), languages, profile.location(),
                participant.isActive(), trained, capacity, diversity(participant));
    }

    private DiversityProfile diversity(Participant participant) {
        if (!program.settings().diversityPreferencesAllowed() || !participant.consent().covers(ConsentScope.DEMOGRAPHICS)
                || participant.profile().demographics().isEmpty()) {
            return DiversityProfile.NOT_SHARED;
        }
        Map<String, String> attributes = new TreeMap<>();
        participant.profile().demographics().values().forEach((attribute, value) -> attributes.put(attribute.name(), value));
        return new DiversityProfile(true, attributes, attributes.keySet());
    }

    private static MatchProfile withCapacity(MatchProfile p, int capacity) {
        return new MatchProfile(p.id(), p.skills(), p.wantedSkills(), p.goals(), p.interests(), p.tags(), p.careerLevel(),
                p.businessFunction(), p.managerId(), p.availability(), p.timeZone(), p.languages(), p.location(), p.optedIn(),
                p.trainingDone(), capacity, p.diversity());
    }

    private static Set<PairKey> pairs(List<PairExclusion> exclusions, PairExclusion.Reason reason) {
        return exclusions.stream()
                .filter(e -> e.reason() == reason)
                .map(e -> new PairKey(e.mentee().value(), e.mentor().value()))
                .collect(Collectors.toSet());
    }

    private static Map<MatchCriterion, Criterion> engineCriteria() {
        Map<MatchCriterion, Criterion> map = new EnumMap<>(MatchCriterion.class);
        map.put(MatchCriterion.SKILLS, Criterion.SKILLS);
        map.put(MatchCriterion.INTERESTS, Criterion.INTERESTS);
        map.put(MatchCriterion.GOALS, Criterion.GOALS);
        map.put(MatchCriterion.CAREER_LEVEL, Criterion.CAREER_LEVEL);
        map.put(MatchCriterion.BUSINESS_FUNCTION, Criterion.BUSINESS_FUNCTION);
        map.put(MatchCriterion.LOCATION, Criterion.LOCATION);
        map.put(MatchCriterion.TIME_ZONE, Criterion.AVAILABILITY);
        map.put(MatchCriterion.LANGUAGES, Criterion.LANGUAGE);
        map.put(MatchCriterion.AVAILABILITY, Criterion.AVAILABILITY);
        map.put(MatchCriterion.DIVERSITY, Criterion.DIVERSITY);
        return map;
    }
}
