package org.mentorhub.testing.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.testing.PeopleData.MARIA;
import static org.mentorhub.testing.PeopleData.MINA;
import static org.mentorhub.testing.PeopleData.OMAR;
import static org.mentorhub.testing.PeopleData.TOM;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Program;
import org.mentorhub.testing.Browser;
import org.mentorhub.testing.BrowserExtension;
import org.mentorhub.testing.PeopleData;
import org.mentorhub.testing.Sandbox;
import org.mentorhub.testing.SandboxExtension;
import org.mentorhub.testing.pages.EnrollPage;
import org.mentorhub.testing.pages.FindMentorPage;
import org.mentorhub.testing.pages.MentorHubStartPage;
import org.mentorhub.testing.pages.MyMentoringPage;
import org.mentorhub.testing.pages.PairingPage;
import org.openqa.selenium.By;

/**
 * The participants' pages in Chromium: a mentee joins a program, finds and requests a mentor; the mentor declines or
 * accepts from the inbox; the pair agrees on terms, works through goals and milestones and logs a check-in.
 */
@ExtendWith({SandboxExtension.class, BrowserExtension.class})
class ParticipantPagesBrowserIT {

    @Test
    void anEmptyJoinFormMarksEveryMissingAnswerAtOnce(Sandbox sandbox, Browser browser) {
        Program program = PeopleData.on(sandbox).enrollingProgram("Empty join", MatchingMode.SELF);

        EnrollPage page = EnrollPage.openAs(browser, TOM, program.id().toString()).submit();

        assertThat(page.fieldError("roles")).isEqualTo("This field is required.");
        assertThat(page.fieldError("careerLevel")).isEqualTo("This field is required.");
        assertThat(page.fieldError("consent.scopes")).isEqualTo("Taking part requires consent to participate.");
    }

    @Test
    void menteeJoinsAfterCorrectingTheFieldTheFormMarked(Sandbox sandbox, Browser browser) {
        Program program = PeopleData.on(sandbox).enrollingProgram("Join", MatchingMode.SELF);

        EnrollPage page = EnrollPage.openAs(browser, TOM, program.id().toString())
            .checkRole("MENTEE")
            .skill(0, "Kotlin", "INTERMEDIATE")
            .type("wantedSkills", "public speaking, leadership")
            .type("goals", "Lead my first team")
            .type("timeZone", "Europe/Berlin")
            .consent("PARTICIPATION")
            .submit();

        assertThat(page.formError()).isEqualTo("Please correct the fields marked below.");
        assertThat(page.fieldError("careerLevel")).isEqualTo("This field is required.");
        assertThat(page.fieldValue("skills.0.name")).isEqualTo("Kotlin");
        assertThat(page.fieldValue("goals")).isEqualTo("Lead my first team");
        assertThat(browser.consoleErrors()).singleElement().asString().endsWith("status of 400 (Bad Request)");
        fullPageScreenshot(browser, "enroll-field-error");

        EnrollPage joined = page.careerLevel("PROFESSIONAL").submit();

        assertThat(joined.done()).isEqualTo("You joined the program.");
        assertThat(joined.rolesTakingPart()).containsExactly("MENTEE");
        assertThat(joined.fieldValue("wantedSkills")).isEqualTo("leadership, public speaking");
        assertThat(joined.fieldValue("timeZone")).isEqualTo("Europe/Berlin");
        assertThat(browser.consoleErrors()).isEmpty();
        fullPageScreenshot(browser, "enroll-profile");
    }

    @Test
    void menteeRequestsASuggestedMentorWhoDeclinesSoTheMenteeChoosesAgain(Sandbox sandbox, Browser browser) {
        PeopleData data = PeopleData.on(sandbox);
        Program program = data.matchingProgram("Choose", 1, List.of(MARIA, OMAR), List.of(TOM));

        FindMentorPage find = FindMentorPage.openAs(browser, TOM, program.id().toString());
        assertThat(find.mentors()).containsExactlyInAnyOrder(MARIA, OMAR);
        String first = find.mentors().get(0);
        assertThat(find.score(first)).matches("MATCH \\d+");
        assertThat(find.criteria(first)).isNotEmpty().allSatisfy(row -> assertThat(row).matches("(?s).+\\s\\+\\d+\\.\\d\\s.+"));
        assertThat(find.barWidths(first)).allSatisfy(style -> assertThat(style).matches("width: \\d+%;"));
        fullPageScreenshot(browser, "find-a-mentor");

        find.request(first);
        MyMentoringPage mine = MyMentoringPage.current(browser);
        assertThat(browser.currentPath()).startsWith(MyMentoringPage.PATH + "?");
        assertThat(mine.done()).isEqualTo("Your request was sent. The mentor will accept or decline it.");
        String requested = pairingIn(mine, program);
        assertThat(mine.status(requested)).isEqualTo("REQUESTED");
        assertThat(FindMentorPage.openAs(browser, TOM, program.id().toString()).visibleTextOf(".mentorhub-find-waiting"))
            .isEqualTo("You have asked " + (first.equals(MARIA) ? "Maria Mentor" : "Omar Okafor")
                + " and are waiting for an answer. You will see the answer under My mentoring.");

        MyMentoringPage inbox = MyMentoringPage.openAs(browser, first);
        assertThat(inbox.inboxEntry(requested)).contains("Tom Tran", "Lead a team", "Java (Advanced)");
        fullPageScreenshot(browser, "mentor-inbox");
        MyMentoringPage declined = inbox.decline(requested);
        assertThat(declined.done()).isEqualTo("The pairing was declined.");
        assertThat(declined.inbox()).doesNotContain(requested);

        FindMentorPage again = FindMentorPage.openAs(browser, TOM, program.id().toString());
        String other = first.equals(MARIA) ? OMAR : MARIA;
        assertThat(again.mentors()).containsExactly(other);
        again.request(other);
        String second = pairingIn(MyMentoringPage.current(browser), program);

        MyMentoringPage accepted = MyMentoringPage.openAs(browser, other).accept(second);
        assertThat(accepted.done()).isEqualTo("You accepted the pairing. Agree on the terms next.");
        assertThat(accepted.status(second)).isEqualTo("ACCEPTED");
        assertThat(accepted.statusLabel(second)).as("the pair exists; its agreement does not yet").isEqualTo("AGREEING ON TERMS");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aTakenPlaceIsExplainedAboveTheSuggestions(Sandbox sandbox, Browser browser) {
        PeopleData data = PeopleData.on(sandbox);
        Program program = data.matchingProgram("Full", 1, List.of(OMAR), List.of(TOM, MINA));
        FindMentorPage find = FindMentorPage.openAs(browser, TOM, program.id().toString());
        assertThat(find.mentors()).containsExactly(OMAR);

        data.acceptedPair(program, OMAR, MINA);
        find.request(OMAR);

        FindMentorPage refused = FindMentorPage.current(browser);
        assertThat(refused.formError()).isEqualTo("Omar Okafor has no free place: the capacity is 1 mentee.");
        assertThat(refused.mentors()).isEmpty();
        assertThat(refused.notice()).isEqualTo("Nobody is available for you right now. Try again later, or ask the program managers.");
    }

    @Test
    void pairAgreesOnTermsCompletesAMilestoneAndLogsACheckIn(Sandbox sandbox, Browser browser) {
        PeopleData data = PeopleData.on(sandbox);
        Program program = data.matchingProgram("Work", 2, List.of(MARIA), List.of(MINA));
        String id = data.acceptedPair(program, MARIA, MINA).id().toString();

        PairingPage mentor = PairingPage.openAs(browser, MARIA, id);
        assertThat(mentor.visibleTextOf("#mentorhub-sessions + .mentorhub-empty")).isEqualTo("No check-ins logged yet. "
            + "Check-ins can be logged once everyone has accepted the agreement and the pairing is active.");
        mentor = mentor.setTerms("14", "6", "");
        assertThat(mentor.fieldError("expectations")).isEqualTo("This field is required.");
        assertThat(browser.consoleErrors()).singleElement().asString().endsWith("status of 400 (Bad Request)");
        mentor = mentor.setTerms("14", "6", "Meet every two weeks; agenda a day ahead");
        assertThat(mentor.done()).isEqualTo("The terms are saved, with your acceptance. The others need to accept them too.");
        assertThat(mentor.offersToAcceptAgreement()).as("proposing the terms is accepting them").isFalse();
        assertThat(mentor.status()).isEqualTo("ACCEPTED");

        PairingPage mentee = PairingPage.openAs(browser, MINA, id).acceptAgreement();
        assertThat(mentee.done()).isEqualTo("You accepted the agreement.");
        assertThat(mentee.status()).isEqualTo("ACTIVE");
        assertThat(mentee.members()).allSatisfy(member -> assertThat(member).endsWith("ACCEPTED"));

        mentee = mentee.addGoal("Give a talk at the guild").addMilestone("Give a talk at the guild", "Draft the slides")
            .addMilestone("Give a talk at the guild", "Rehearse with Maria");
        assertThat(mentee.goalProgress("Give a talk at the guild")).isZero();
        mentee = mentee.completeMilestone("Draft the slides");
        assertThat(mentee.done()).isEqualTo("The milestone is done.");
        assertThat(mentee.goalProgress("Give a talk at the guild")).isEqualTo(50);
        assertThat(mentee.goalBarFill("Give a talk at the guild")).isEqualTo(50);
        assertThat(mentee.planProgress()).isZero();
        mentee = mentee.completeMilestone("Rehearse with Maria").completeGoal("Give a talk at the guild");
        assertThat(mentee.goalProgress("Give a talk at the guild")).isEqualTo(100);
        assertThat(mentee.planProgress()).isEqualTo(100);

        String startsAt = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString();
        mentee = mentee.logSession(startsAt, "45", "Slides review", "Shorter intro", "Nervous about questions");
        assertThat(mentee.done()).isEqualTo("The check-in was logged.");
        assertThat(mentee.sessions()).singleElement().asString()
            .contains(startsAt.replace('T', ' '), "45 minutes", "Slides review", "Shorter intro", "Nervous about questions");
        fullPageScreenshot(browser, "my-mentoring-pairing");

        assertThat(mentee.visibleTextOf(".mentorhub-sessions th")).isEqualTo("When (Europe/Berlin)");
        PairingPage managerView = PairingPage.openAs(browser, PeopleData.MANAGER, id);
        String inUtc = LocalDateTime.parse(startsAt).atZone(ZoneId.of("Europe/Berlin")).withZoneSameInstant(ZoneOffset.UTC)
            .toLocalDateTime().toString().replace('T', ' ');
        assertThat(managerView.visibleTextOf(".mentorhub-sessions th")).as("a manager taking no part reads UTC").isEqualTo("When (UTC)");
        assertThat(managerView.sessions()).singleElement().asString().contains(inUtc);

        PairingPage mentorView = PairingPage.openAs(browser, MARIA, id);
        assertThat(mentorView.sessions()).singleElement().asString().contains("Slides review", "Shorter intro")
            .doesNotContain("Nervous about questions");
        assertThat(mentorView.planProgress()).isEqualTo(100);
        assertThat(browser.consoleErrors()).isEmpty();

        MyMentoringPage list = MyMentoringPage.openAs(browser, MINA);
        assertThat(list.status(id)).isEqualTo("ACTIVE");
        assertThat(list.counterparts(id)).isEqualTo("Maria Mentor");
        fullPageScreenshot(browser, "my-mentoring");
    }

    @Test
    void aProgramManagerLinksThePairToItsJiraIssueWhichTheMembersThenSee(Sandbox sandbox, Browser browser) {
        PeopleData data = PeopleData.on(sandbox);
        Program program = data.matchingProgram("Linked", 1, List.of(OMAR), List.of(TOM));
        String id = data.acceptedPair(program, OMAR, TOM).id().toString();
        String key = "LINK-" + (1 + new java.util.Random().nextInt(1_000_000));
        assertThat(PairingPage.openAs(browser, TOM, id).offersIssueLink()).isFalse();

        PairingPage manager = PairingPage.openAs(browser, PeopleData.MANAGER, id).linkIssue("not a key");
        assertThat(manager.fieldError("jiraIssueKey")).startsWith("Enter");
        assertThat(browser.consoleErrors()).singleElement().asString().endsWith("status of 400 (Bad Request)");
        manager = manager.linkIssue(" " + key.toLowerCase(java.util.Locale.ROOT) + " ");
        assertThat(manager.done()).isEqualTo("The pair is linked to its Jira issue; the issue now shows the pair.");
        assertThat(manager.issueLink().get(0)).isEqualTo(key);

        PairingPage mentee = PairingPage.openAs(browser, TOM, id);
        assertThat(mentee.issueLink().get(0)).isEqualTo(key);
        assertThat(mentee.issueLink().get(1)).endsWith("/browse/" + key);

        PairingPage unlinked = PairingPage.openAs(browser, PeopleData.MANAGER, id).unlinkIssue();
        assertThat(unlinked.done()).isEqualTo("The pair is no longer linked to a Jira issue.");
        assertThat(unlinked.issueLink().get(0)).isEmpty();
    }

    @Test
    void theStartPageListsWhatWaitsForEachMemberUntilThePairAgrees(Sandbox sandbox, Browser browser) {
        PeopleData data = PeopleData.on(sandbox);
        Program program = data.matchingProgram("Start page", 1, List.of(OMAR), List.of(MINA));
        String name = program.settings().name();
        String pair = "/plugins/servlet/mentorhub/mine/" + data.request(program, MINA, OMAR).id();

        assertThat(MentorHubStartPage.openAs(browser, OMAR).waitingForMe()).filteredOn(task -> task.contains(name))
            .containsExactly("Mina Mentee asked you to mentor them in " + name + ". Accept or decline. -> " + pair);
        assertThat(MentorHubStartPage.openAs(browser, MINA).waitingForOthers()).filteredOn(task -> task.contains(name))
            .containsExactly("Omar Okafor has not answered your request in " + name + " yet. -> " + pair);

        MyMentoringPage.openAs(browser, OMAR).accept(pair.substring(pair.lastIndexOf('/') + 1));
        assertThat(MentorHubStartPage.openAs(browser, MINA).waitingForMe()).filteredOn(task -> task.contains(name))
            .containsExactly("Agree on the terms with Omar Okafor in " + name + ". -> " + pair);

        PairingPage.openAs(browser, OMAR, pair.substring(pair.lastIndexOf('/') + 1)).setTerms("14", "6", "Every two weeks");
        assertThat(MentorHubStartPage.openAs(browser, OMAR).waitingForMe()).noneMatch(task -> task.contains(name));
        assertThat(MentorHubStartPage.openAs(browser, MINA).waitingForMe()).filteredOn(task -> task.contains(name))
            .containsExactly("Accept the agreement with Omar Okafor in " + name + ". -> " + pair);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void menteeAnswersTheFinalSurveyOnceThePairingEnded(Sandbox sandbox, Browser browser) {
        PeopleData data = PeopleData.on(sandbox);
        Program program = data.matchingProgram("Survey", 1, List.of(OMAR), List.of(MINA));
        String id = data.completedPair(program, OMAR, MINA).id().toString();

        PairingPage page = PairingPage.openAs(browser, MINA, id);
        assertThat(page.status()).isEqualTo("COMPLETED");
        assertThat(page.surveys()).containsExactly("FINAL");

        PairingPage invalid = page.answerSurvey("FINAL", "11", "Great pairing");
        assertThat(invalid.fieldError("recommendScore")).isEqualTo("Enter a number from 0 to 10.");
        assertThat(browser.consoleErrors()).singleElement().asString().endsWith("status of 400 (Bad Request)");

        PairingPage answered = invalid.answerSurvey("FINAL", "9", "Great pairing");
        assertThat(answered.done()).isEqualTo("Thank you for your feedback.");
        assertThat(answered.answerSurvey("FINAL", "9", "Again").formError())
            .isEqualTo("You already answered the FINAL survey for this pairing.");
    }

    /** The pairing in the list's row of {@code program}. */
    private static String pairingIn(MyMentoringPage page, Program program) {
        return page.browser().driver().findElements(By.cssSelector(".mentorhub-pairings tr[data-pairing]")).stream()
            .filter(row -> row.getText().contains(program.settings().name()))
            .map(row -> row.getAttribute("data-pairing")).reduce((earlier, later) -> later).orElseThrow();
    }

    /** A screenshot of the whole page, however long, in the usual width. */
    private static void fullPageScreenshot(Browser browser, String name) {
        long height = (Long) browser.script("return Math.ceil(document.documentElement.scrollHeight);");
        browser.resizeViewport(Browser.WIDTH, (int) Math.max(Browser.HEIGHT, height));
        try {
            browser.screenshot(name);
        } finally {
            browser.resizeViewport(Browser.WIDTH, Browser.HEIGHT);
        }
    }
}
