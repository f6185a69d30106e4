package org.mentorhub.testing.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.testing.StoredXss.PAYLOADS;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.domain.AvailabilitySlot;
import org.mentorhub.domain.CareerLevel;
import org.mentorhub.domain.Demographics;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Profile;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.Skill;
import org.mentorhub.domain.SkillLevel;
import org.mentorhub.domain.TaggedText;
import org.mentorhub.domain.TestData;
import org.mentorhub.testing.Browser;
import org.mentorhub.testing.BrowserExtension;
import org.mentorhub.testing.PeopleData;
import org.mentorhub.testing.Sandbox;
import org.mentorhub.testing.SandboxExtension;
import org.mentorhub.testing.StoredXss;
import org.mentorhub.testing.pages.EnrollPage;
import org.mentorhub.testing.pages.FindMentorPage;
import org.mentorhub.testing.pages.MyMentoringPage;
import org.mentorhub.testing.pages.PairingPage;

/**
 * Script payloads typed into a mentee's profile, goal and milestone, and carried by the names of a mentor and a mentee,
 * show as text on the participants' pages, the mentor's inbox and pairing page included, and run nothing.
 */
@ExtendWith({SandboxExtension.class, BrowserExtension.class})
class ParticipantPagesStoredXssBrowserIT {
    /** Named {@code PAYLOADS.get(1)}. */
    static final String MENTOR = StoredXss.userKey(1);
    /** Named {@code PAYLOADS.get(0)}. */
    static final String MENTEE = StoredXss.userKey(0);

    /** Skill {@code PAYLOADS[0]}, goals {@code PAYLOADS[2]}, interests {@code PAYLOADS[3]}, location {@code PAYLOADS[4]}. */
    static Profile payloadProfile() {
        return new Profile(List.of(new Skill(PAYLOADS.get(0), SkillLevel.EXPERT)), new TaggedText(PAYLOADS.get(3), Set.of()),
            new TaggedText(PAYLOADS.get(2), Set.of()), CareerLevel.PROFESSIONAL, PAYLOADS.get(1), null, PAYLOADS.get(4),
            ZoneId.of("Europe/Berlin"), Set.of(Locale.ENGLISH),
            List.of(new AvailabilitySlot(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0))), 0, Demographics.NONE);
    }

    @Test
    void payloadsInProfilesGoalsAndMilestonesRenderAsTextForMenteeAndMentor(Sandbox sandbox, Browser browser) {
        PeopleData data = PeopleData.on(sandbox);
        Program enrolling = data.enrollingProgram("Payloads", MatchingMode.SELF);
        data.enroll(enrolling, MENTOR, ParticipantRole.MENTOR, TestData.profile(1));
        data.enroll(enrolling, MENTEE, ParticipantRole.MENTEE, payloadProfile());
        Program program = data.startMatching(enrolling);

        FindMentorPage find = FindMentorPage.openAs(browser, MENTEE, program.id().toString());
        assertThat(find.mentorName(MENTOR)).isEqualTo(PAYLOADS.get(1));
        StoredXss.assertRenderedAsText(browser, List.of(PAYLOADS.get(0), PAYLOADS.get(1)));

        Pairing requested = data.request(program, MENTEE, MENTOR);
        MyMentoringPage inbox = MyMentoringPage.openAs(browser, MENTOR);
        assertThat(inbox.inboxEntry(requested.id().toString())).contains(PAYLOADS.get(0), PAYLOADS.get(2), PAYLOADS.get(3),
            PAYLOADS.get(4));
        StoredXss.assertRenderedAsText(browser, PAYLOADS);

        Pairing pairing = data.accept(MENTOR, requested);
        Goal goal = data.addGoal(pairing, MENTEE, PAYLOADS.get(4));
        data.addMilestone(goal, MENTEE, PAYLOADS.get(3));

        PairingPage mentorView = PairingPage.openAs(browser, MENTOR, pairing.id().toString());
        assertThat(mentorView.goalTitles()).containsExactly(PAYLOADS.get(4));
        assertThat(mentorView.milestoneTitles()).containsExactly(PAYLOADS.get(3));
        StoredXss.assertRenderedAsText(browser, PAYLOADS);

        PairingPage menteeView = PairingPage.openAs(browser, MENTEE, pairing.id().toString());
        StoredXss.assertRenderedAsText(browser, List.of(PAYLOADS.get(1), PAYLOADS.get(3), PAYLOADS.get(4)));
        assertThat(menteeView.goalTitles()).containsExactly(PAYLOADS.get(4));

        MyMentoringPage mine = MyMentoringPage.openAs(browser, MENTEE);
        assertThat(mine.counterparts(pairing.id().toString())).isEqualTo(PAYLOADS.get(1));
        StoredXss.assertRenderedAsText(browser, List.of(PAYLOADS.get(0), PAYLOADS.get(1)));

        EnrollPage profile = EnrollPage.openAs(browser, MENTEE, program.id().toString());
        StoredXss.assertRenderedAsText(browser, List.of(PAYLOADS.get(0)));
        assertThat(profile.fieldValue("skills.0.name")).isEqualTo(PAYLOADS.get(0));
        assertThat(profile.fieldValue("businessFunction")).isEqualTo(PAYLOADS.get(1));
        assertThat(profile.fieldValue("goals")).isEqualTo(PAYLOADS.get(2));
        assertThat(profile.fieldValue("interests")).isEqualTo(PAYLOADS.get(3));
        assertThat(profile.fieldValue("location")).isEqualTo(PAYLOADS.get(4));
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
