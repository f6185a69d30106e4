package org.mentorhub.adapter.ao;

import static org.mentorhub.adapter.ao.Columns.composite;
import static org.mentorhub.adapter.ao.Columns.enumSet;
import static org.mentorhub.adapter.ao.Columns.enumValue;
import static org.mentorhub.adapter.ao.Columns.id;
import static org.mentorhub.adapter.ao.Columns.instant;
import static org.mentorhub.adapter.ao.Columns.key;
import static org.mentorhub.adapter.ao.Columns.lines;
import static org.mentorhub.adapter.ao.Columns.millis;
import static org.mentorhub.adapter.ao.Columns.name;
import static org.mentorhub.adapter.ao.Columns.names;
import static org.mentorhub.adapter.ao.Columns.user;
import static org.mentorhub.adapter.ao.Columns.uuid;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;
import org.mentorhub.domain.AvailabilitySlot;
import org.mentorhub.domain.CareerLevel;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.Consent;
import org.mentorhub.domain.ConsentScope;
import org.mentorhub.domain.DemographicAttribute;
import org.mentorhub.domain.Demographics;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.ParticipantSource;
import org.mentorhub.domain.Profile;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.Skill;
import org.mentorhub.domain.SkillLevel;
import org.mentorhub.domain.TaggedText;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.ParticipantCount;
import org.mentorhub.port.ParticipantStore;

/**
 * Participants in {@link AoParticipant} rows, with the parts of their profile in {@link AoProfileSkill},
 * {@link AoProfileTag} and {@link AoDemographic} rows. Any read takes four queries: the participants, then each
 * kind of profile row for all of them at once.
 */
@Named
public class AoParticipantStore implements ParticipantStore {
    private static final String INTERESTS = "INTERESTS";
    private static final String GOALS = "GOALS";

    private final ActiveObjects ao;

    @Inject
    public AoParticipantStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void insert(Participant participant) {
        ao.executeInTransaction(() -> {
            String programUser = programUser(participant.programId(), participant.user());
            if (ao.count(AoParticipant.class, Query.select().where(AoParticipant.PROGRAM_USER + " = ?", programUser)) > 0) {
                throw alreadyEnrolled();
            }
            DuplicateKeys.insertOnce(() -> ao.create(AoParticipant.class, columns(participant).values()),
                AoParticipantStore::alreadyEnrolled);
            insertProfileRows(participant);
            return null;
        });
    }

    @Override
    public void update(Participant participant) {
        ao.executeInTransaction(() -> {
            AoParticipant row = Arrays.stream(ao.find(AoParticipant.class,
                    Query.select().where(Identified.UUID + " = ?", uuid(participant.id()))))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("mentorhub.participant.notFound", participant.user()));
            columns(participant).writeTo(row);
            String participantUuid = uuid(participant.id());
            ao.deleteWithSQL(AoProfileSkill.class, InParticipant.PARTICIPANT_UUID + " = ?", participantUuid);
            ao.deleteWithSQL(AoProfileTag.class, InParticipant.PARTICIPANT_UUID + " = ?", participantUuid);
            ao.deleteWithSQL(AoDemographic.class, InParticipant.PARTICIPANT_UUID + " = ?", participantUuid);
            insertProfileRows(participant);
            return null;
        });
    }

    @Override
    public Optional<Participant> find(Id<Program> programId, UserKey user) {
        return findAll(programId, List.of(user)).stream().findFirst();
    }

    @Override
    public List<Participant> listByProgram(Id<Program> programId) {
        String where = InProgram.PROGRAM_UUID + " = ?";
        AoParticipant[] rows = ao.find(AoParticipant.class, Query.select().where(where, uuid(programId)).order("ID"));
        return participants(Arrays.asList(rows), new ProfileRows(where, uuid(programId)));
    }

    /** Looks the users up by their unique program-and-user key, in batches for long lists. */
    /** One query over the columns the counts need; no profile is read. */
    @Override
    public ParticipantCount countByProgram(Id<Program> programId) {
        String ofProgram = InProgram.PROGRAM_UUID + " = ?";
        int enrolled = ao.count(AoParticipant.class, Query.select().where(ofProgram, uuid(programId)));
        int[] counts = new int[3];
        // A few distinct role lists among thousands of rows: each is parsed once.
        Map<String, Set<ParticipantRole>> parsed = new HashMap<>();
        ao.stream(AoParticipant.class, Query.select("ID, " + AoParticipant.PARTICIPANT_ROLES)
                .where(ofProgram + " AND " + AoParticipant.CONSENT_WITHDRAWN_AT + " IS NULL", uuid(programId)),
            row -> {
                Set<ParticipantRole> roles = parsed.computeIfAbsent(row.getParticipantRoles(), names -> enumSet(ParticipantRole.class, names));
                counts[0]++;
                counts[1] += roles.contains(ParticipantRole.MENTOR) ? 1 : 0;
                counts[2] += roles.contains(ParticipantRole.MENTEE) ? 1 : 0;
            });
        return new ParticipantCount(enrolled, counts[0], counts[1], counts[2]);
    }

    @Override
    public List<Participant> findAll(Id<Program> programId, Collection<UserKey> users) {
        List<String> programUsers = users.stream().distinct().map(user -> programUser(programId, user)).toList();
        List<Participant> found = new ArrayList<>();
        for (List<String> batch : InList.batches(programUsers)) {
            List<AoParticipant> rows = Arrays.asList(ao.find(AoParticipant.class,
                Query.select().where(InList.in(AoParticipant.PROGRAM_USER, batch), batch.toArray())));
            List<String> ids = rows.stream().map(AoParticipant::getUuid).toList();
            if (!ids.isEmpty()) {
                found.addAll(participants(rows, new ProfileRows(InList.in(InParticipant.PARTICIPANT_UUID, ids), ids.toArray())));
            }
        }
        return found;
    }

    private static ConflictException alreadyEnrolled() {
        return new ConflictException("mentorhub.participant.alreadyEnrolled");
    }

    private static String programUser(Id<Program> programId, UserKey user) {
        return composite(uuid(programId), key(user));
    }

    private void insertProfileRows(Participant participant) {
        Profile profile = participant.profile();
        List<Skill> skills = profile.skills();
        for (int i = 0; i < skills.size(); i++) {
            ao.create(AoProfileSkill.class, ofParticipant(participant)
                .set(AoProfileSkill.SKILL_NAME, skills.get(i).name())
                .set(AoProfileSkill.SKILL_LEVEL, name(skills.get(i).level()))
                .set(AoProfileSkill.LIST_INDEX, i)
                .values());
        }
        insertTags(participant, INTERESTS, profile.interests());
        insertTags(participant, GOALS, profile.goals());
        profile.demographics().values().forEach((attribute, answer) -> ao.create(AoDemographic.class, ofParticipant(participant)
            .set(AoDemographic.ATTRIBUTE, name(attribute))
            .set(AoDemographic.ANSWER, answer)
            .values()));
    }

    private void insertTags(Participant participant, String aspect, TaggedText text) {
        for (String tag : text.tags()) {
            ao.create(AoProfileTag.class, ofParticipant(participant)
                .set(AoProfileTag.ASPECT, aspect)
                .set(AoProfileTag.TAG, tag)
                .values());
        }
    }

    private static Row ofParticipant(Participant participant) {
        return new Row()
            .set(InProgram.PROGRAM_UUID, uuid(participant.programId()))
            .set(InParticipant.PARTICIPANT_UUID, uuid(participant.id()));
    }

    private static Row columns(Participant participant) {
        Consent consent = participant.consent();
        Profile profile = participant.profile();
        return new Row()
            .set(Identified.UUID, uuid(participant.id()))
            .set(InProgram.PROGRAM_UUID, uuid(participant.programId()))
            .set(AoParticipant.USER_KEY, key(participant.user()))
            .set(AoParticipant.PROGRAM_USER, programUser(participant.programId(), participant.user()))
            .set(AoParticipant.PARTICIPANT_ROLES, names(participant.roles()))
            .set(AoParticipant.SOURCE, name(participant.source()))
            .set(AoParticipant.CONSENT_GIVEN_AT, millis(consent.givenAt()))
            .set(AoParticipant.CONSENT_SCOPES, names(consent.scopes()))
            .set(AoParticipant.CONSENT_POLICY, consent.policyVersion())
            .set(AoParticipant.CONSENT_WITHDRAWN_AT, millis(consent.withdrawnAt()))
            .set(AoParticipant.INTERESTS_TEXT, profile.interests().text())
            .set(AoParticipant.GOALS_TEXT, profile.goals().text())
            .set(AoParticipant.CAREER_LEVEL, name(profile.careerLevel()))
            .set(AoParticipant.BUSINESS_FUNCTION, profile.businessFunction())
            .set(AoParticipant.MANAGER_KEY, key(profile.manager()))
            .set(AoParticipant.LOCATION, profile.location())
            .set(AoParticipant.TIME_ZONE, profile.timeZone().getId())
            .set(AoParticipant.LANGUAGES, lines(profile.languages().stream().map(Locale::toLanguageTag).sorted().toList()))
            .set(AoParticipant.AVAILABILITY, lines(profile.availability().stream().map(AoParticipantStore::slot).toList()))
            .set(AoParticipant.MENTOR_CAPACITY, profile.mentorCapacity());
    }

    /** {@code MONDAY 09:00-10:30}. */
    private static String slot(AvailabilitySlot slot) {
        return slot.day() + " " + slot.start() + "-" + slot.end();
    }

    private static AvailabilitySlot slot(String text) {
        int space = text.indexOf(' ');
        int dash = text.indexOf('-', space);
        return new AvailabilitySlot(DayOfWeek.valueOf(text.substring(0, space)),
            LocalTime.parse(text.substring(space + 1, dash)), LocalTime.parse(text.substring(dash + 1)));
    }

    private static List<Participant> participants(List<AoParticipant> rows, ProfileRows profileRows) {
        return rows.stream().map(row -> participant(row, profileRows)).toList();
    }

    private static Participant participant(AoParticipant row, ProfileRows parts) {
        String participantUuid = row.getUuid();
        List<Skill> skills = parts.skills.getOrDefault(participantUuid, List.of()).stream()
            .sorted(Comparator.comparingInt(AoProfileSkill::getListIndex))
            .map(skill -> new Skill(skill.getSkillName(), enumValue(SkillLevel.class, skill.getSkillLevel())))
            .toList();
        Map<String, Set<String>> tags = parts.tags.getOrDefault(participantUuid, List.of()).stream()
            .collect(Collectors.groupingBy(AoProfileTag::getAspect, Collectors.mapping(AoProfileTag::getTag, Collectors.toSet())));
        Map<DemographicAttribute, String> demographics = new EnumMap<>(DemographicAttribute.class);
        parts.demographics.getOrDefault(participantUuid, List.of())
            .forEach(answer -> demographics.put(enumValue(DemographicAttribute.class, answer.getAttribute()), answer.getAnswer()));
        Profile profile = new Profile(
            skills,
            new TaggedText(row.getInterestsText(), tags.getOrDefault(INTERESTS, Set.of())),
            new TaggedText(row.getGoalsText(), tags.getOrDefault(GOALS, Set.of())),
            enumValue(CareerLevel.class, row.getCareerLevel()),
            row.getBusinessFunction(),
            user(row.getManagerKey()),
            row.getLocation(),
            ZoneId.of(row.getTimeZone()),
            lines(row.getLanguages()).stream().map(Locale::forLanguageTag).collect(Collectors.toSet()),
            lines(row.getAvailability()).stream().map(AoParticipantStore::slot).toList(),
            row.getMentorCapacity(),
            new Demographics(demographics));
        Consent consent = new Consent(instant(row.getConsentGivenAt()), enumSet(ConsentScope.class, row.getConsentScopes()),
            row.getConsentPolicy(), instant(row.getConsentWithdrawnAt()));
        return new Participant(id(participantUuid), id(row.getProgramUuid()), user(row.getUserKey()),
            enumSet(ParticipantRole.class, row.getParticipantRoles()), enumValue(ParticipantSource.class, row.getSource()), consent, profile);
    }

    /** The profile rows of the participants a condition selects, each kind read in one query and grouped by participant. */
    private final class ProfileRows {
        final Map<String, List<AoProfileSkill>> skills;
        final Map<String, List<AoProfileTag>> tags;
        final Map<String, List<AoDemographic>> demographics;

        ProfileRows(String where, Object... parameters) {
            skills = Arrays.stream(ao.find(AoProfileSkill.class, Query.select().where(where, parameters)))
                .collect(Collectors.groupingBy(AoProfileSkill::getParticipantUuid));
            tags = Arrays.stream(ao.find(AoProfileTag.class, Query.select().where(where, parameters)))
                .collect(Collectors.groupingBy(AoProfileTag::getParticipantUuid));
            demographics = Arrays.stream(ao.find(AoDemographic.class, Query.select().where(where, parameters)))
                .collect(Collectors.groupingBy(AoDemographic::getParticipantUuid));
        }
    }
}
