package org.mentorhub.testing.pages;

import java.util.List;
import org.mentorhub.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** One pairing: agreement, goals and milestones, check-ins, surveys: {@code /plugins/servlet/mentorhub/mine/<id>}. */
public final class PairingPage extends MentorHubPage {
    private PairingPage(Browser browser) {
        super(browser);
    }

    public static PairingPage openAs(Browser browser, String userKey, String pairingId) {
        signInAndOpen(browser, userKey, "/mine/" + pairingId);
        return new PairingPage(browser);
    }

    public static PairingPage current(Browser browser) {
        awaitReady(browser);
        return new PairingPage(browser);
    }

    /** The status name, e.g. ACTIVE. */
    public String status() {
        return find(".mentorhub-pairing-status").getAttribute("data-status");
    }

    /** Proposes (or changes) the agreement's terms. */
    public PairingPage setTerms(String cadenceDays, String months, String expectations) {
        WebElement details = find(".mentorhub-agreement-terms");
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        WebElement form = find("#mentorhub-agreement-form");
        type(form, "meetingCadence", cadenceDays);
        type(form, "duration", months);
        type(form, "expectations", expectations);
        submitWith(find("#mentorhub-agreement-submit"));
        return current(browser);
    }

    /** A program manager links the pair to the Jira issue {@code key}, as typed. */
    public PairingPage linkIssue(String key) {
        WebElement details = find(".mentorhub-issue-link");
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        WebElement form = find("#mentorhub-issue-form");
        type(form, "jiraIssueKey", key);
        submitWith(form.findElement(By.cssSelector("button[data-action='linkIssue']")));
        return current(browser);
    }

    public PairingPage unlinkIssue() {
        find(".mentorhub-issue-link summary").click();
        return action("unlinkIssue");
    }

    /** Whether the page offers to link the pair to a Jira issue (program managers, once the mentor accepted). */
    public boolean offersIssueLink() {
        return !browser.driver().findElements(By.cssSelector(".mentorhub-issue-link")).isEmpty();
    }

    /** The linked issue's key and where its link leads, or empty strings. */
    public List<String> issueLink() {
        return browser.driver().findElements(By.cssSelector(".mentorhub-pairing-issue a")).stream()
            .map(a -> List.of(a.getText(), a.getAttribute("href"))).findFirst().orElse(List.of("", ""));
    }

    public boolean offersToAcceptAgreement() {
        return !browser.driver().findElements(By.cssSelector("button[data-action='acceptAgreement']")).isEmpty();
    }

    public PairingPage acceptAgreement() {
        return action("acceptAgreement");
    }

    /** The members with their agreement state, one line each. */
    public List<String> members() {
        return texts(".mentorhub-members tbody tr");
    }

    public PairingPage addGoal(String title) {
        WebElement form = find("#mentorhub-goal-form");
        type(form, "title", title);
        submitWith(find("#mentorhub-goal-submit"));
        return current(browser);
    }

    public PairingPage addMilestone(String goalTitle, String title) {
        WebElement form = goal(goalTitle).findElement(By.cssSelector(".mentorhub-milestone-form"));
        type(form, "milestone." + goal(goalTitle).getAttribute("data-goal") + ".title", title);
        submitWith(form.findElement(By.cssSelector("button.mentorhub-add-milestone")));
        return current(browser);
    }

    public PairingPage completeMilestone(String title) {
        WebElement milestone = browser.driver().findElements(By.cssSelector(".mentorhub-milestones li")).stream()
            .filter(li -> li.findElement(By.cssSelector(".mentorhub-milestone-title")).getText().equals(title)).findFirst().orElseThrow();
        submitWith(milestone.findElement(By.cssSelector("button.mentorhub-complete-milestone")));
        return current(browser);
    }

    public PairingPage completeGoal(String title) {
        submitWith(goal(title).findElement(By.cssSelector("button.mentorhub-complete-goal")));
        return current(browser);
    }

    public List<String> goalTitles() {
        return texts(".mentorhub-goal-title");
    }

    public List<String> milestoneTitles() {
        return texts(".mentorhub-milestone-title");
    }

    /** The action plan's progress, 0 to 100: done goals of all goals. */
    public int planProgress() {
        return Integer.parseInt(find("#mentorhub-plan-bar").getAttribute("data-value"));
    }

    /** A goal's progress, 0 to 100: done milestones of its milestones. */
    public int goalProgress(String title) {
        return Integer.parseInt(goal(title).findElement(By.cssSelector(".mentorhub-goal-bar")).getAttribute("data-value"));
    }

    /** The rendered width of a goal's bar fill relative to its track, 0 to 100. */
    public long goalBarFill(String title) {
        return (Long) browser.script("""
            const bar = arguments[0];
            const fill = bar.querySelector('.mentorhub-bar-fill');
            return Math.round(100 * fill.getBoundingClientRect().width / bar.getBoundingClientRect().width);""",
            goal(title).findElement(By.cssSelector(".mentorhub-goal-bar")));
    }

    public PairingPage logSession(String startsAt, String minutes, String agenda, String sharedNotes, String privateNote) {
        WebElement form = find("#mentorhub-session-form");
        browser.script("arguments[0].value = arguments[1];", form.findElement(By.name("startsAt")), startsAt);
        type(form, "length", minutes);
        type(form, "agenda", agenda);
        type(form, "sharedNotes", sharedNotes);
        type(form, "privateNote", privateNote);
        submitWith(find("#mentorhub-session-submit"));
        return current(browser);
    }

    /** The logged check-ins, one line of text each. */
    public List<String> sessions() {
        return texts(".mentorhub-session");
    }

    public List<String> privateNotes() {
        return texts(".mentorhub-private-note");
    }

    /** The surveys the page asks for now (EARLY, FINAL). */
    public List<String> surveys() {
        return browser.driver().findElements(By.cssSelector(".mentorhub-feedback-form")).stream()
            .map(form -> form.getAttribute("data-survey")).toList();
    }

    /** Answers a survey: how likely to recommend (0 to 10, or empty) and a comment. */
    public PairingPage answerSurvey(String survey, String recommend, String comment) {
        WebElement form = find(".mentorhub-feedback-form[data-survey='" + survey + "']");
        type(form, "recommendScore", recommend);
        type(form, "comment", comment);
        submitWith(form.findElement(By.cssSelector("button[type=submit]")));
        return current(browser);
    }

    private PairingPage action(String action) {
        submitWith(find("button[data-action='" + action + "']"));
        return current(browser);
    }

    private WebElement goal(String title) {
        return browser.driver().findElements(By.cssSelector(".mentorhub-goal")).stream()
            .filter(goal -> goal.findElement(By.cssSelector(".mentorhub-goal-title")).getText().equals(title)).findFirst().orElseThrow();
    }
}
