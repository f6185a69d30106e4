package org.mentorhub.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.Failures.messageKey;
import static org.mentorhub.domain.TestData.NOW;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
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

/** What every {@link ParticipantStore} does. */
public abstract class ParticipantStoreContract extends StoreContractSupport {

    @Test
    void aStoredParticipantReadsBackWithConsentAndTheWholeProfile() {
        Program program = storedProgram("Leads");
        Profile profile = new Profile(
                List.of(new Skill("Java", SkillLevel.EXPERT), new Skill("Public speaking", SkillLevel.BEGINNER)),
                new TaggedText("Cloud architecture", Set.of("cloud", "aws")),
                new TaggedText("Become a staff engineer", Set.of("career")),
                CareerLevel.LEAD, "Engineering", new UserKey("boss"), "Lisbon", ZoneId.of("Europe/Lisbon"),
                Set.of(Locale.ENGLISH, Locale.forLanguageTag("pt-PT")),
                List.of(new AvailabilitySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 30)),
                        new AvailabilitySlot(DayOfWeek.THURSDAY, LocalTime.of(16, 0), LocalTime.of(17, 0))),
                2, new Demographics(Map.of(DemographicAttribute.AGE_BAND, "35-44", DemographicAttribute.GENDER, "non-binary")));
        Participant participant = new Participant(Id.random(), program.id(), new UserKey("ada"),
                Set.of(ParticipantRole.MENTOR, ParticipantRole.MENTEE), ParticipantSource.RETIREE,
                new Consent(NOW, Set.of(ConsentScope.PARTICIPATION, ConsentScope.DEMOGRAPHICS), "2025-01", null), profile);

        stores.participants().insert(participant);

        assertThat(stores.participants().find(program.id(), new UserKey("ada"))).contains(participant);
    }

    @Test
    void aUserIsOneParticipantPerProgram() {
        Program program = storedProgram("Leads");
        Program other = storedProgram("Other");
        storedParticipant(program, "ada", ParticipantRole.MENTOR);

        assertThat(messageKey(ConflictException.class, () -> storedParticipant(program, "ada", ParticipantRole.MENTEE)))
                .isEqualTo("mentorhub.participant.alreadyEnrolled");
        Participant elsewhere = storedParticipant(other, "ada", ParticipantRole.MENTEE);
        assertThat(stores.participants().get(other.id(), new UserKey("ada"))).isEqualTo(elsewhere);
    }

    @Test
    void updateReplacesConsentAndProfile() {
        Program program = storedProgram("Leads");
        Participant participant = storedParticipant(program, "ada", ParticipantRole.MENTEE);
        Participant optedOut = participant.optedOut(NOW.plusSeconds(5));

        stores.participants().update(optedOut);

        assertThat(stores.participants().get(program.id(), participant.user())).isEqualTo(optedOut);
        assertThat(messageKey(NotFoundException.class, () -> stores.participants().get(program.id(), new UserKey("nobody"))))
                .isEqualTo("mentorhub.participant.notFound");
    }

    @Test
    void listsTheParticipantsOfOneProgram() {
        Program program = storedProgram("Leads");
        Program other = storedProgram("Other");
        Participant ada = storedParticipant(program, "ada", ParticipantRole.MENTOR);
        Participant bob = storedParticipant(program, "bob", ParticipantRole.MENTEE);
        storedParticipant(other, "carl", ParticipantRole.MENTEE);

        assertThat(stores.participants().listByProgram(program.id())).containsExactlyInAnyOrder(ada, bob);
    }

    @Test
    void findsSeveralUsersAtOnceLeavingOutThoseNotTakingPart() {
        Program program = storedProgram("Leads");
        Participant ada = storedParticipant(program, "ada", ParticipantRole.MENTOR);
        Participant bob = storedParticipant(program, "bob", ParticipantRole.MENTEE);
        storedParticipant(program, "carl", ParticipantRole.MENTEE);

        List<Participant> found = stores.participants().findAll(program.id(), List.of(ada.user(), bob.user(), new UserKey("stranger")));

        assertThat(found).containsExactlyInAnyOrder(ada, bob);
    }

    @Test
    void countsEveryoneEnrolledThoseStillOptedInAndTheirRoles() {
        Program program = storedProgram("Leads");
        storedParticipant(program, "mentor", ParticipantRole.MENTOR);
        storedParticipant(program, "both", ParticipantRole.MENTOR, ParticipantRole.MENTEE);
        storedParticipant(program, "mentee", ParticipantRole.MENTEE);
        Participant leaving = storedParticipant(program, "leaving", ParticipantRole.MENTEE);
        stores.participants().update(leaving.optedOut(NOW));
        storedParticipant(storedProgram("Other"), "elsewhere", ParticipantRole.MENTOR);

        assertThat(stores.participants().countByProgram(program.id())).isEqualTo(new ParticipantCount(4, 3, 2, 2));
    }

    @Test
    void countsNobodyInAProgramWithoutParticipants() {
        assertThat(stores.participants().countByProgram(storedProgram("Empty").id())).isEqualTo(new ParticipantCount(0, 0, 0, 0));
    }
}
