package org.mentorhub.testing.pages;

import java.util.List;
import org.mentorhub.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A mentee's ranked mentor suggestions: {@code /plugins/servlet/mentorhub/find?program=<id>}. */
public final class FindMentorPage extends MentorHubPage {
    private FindMentorPage(Browser browser) {
        super(browser);
    }

    public static FindMentorPage openAs(Browser browser, String userKey, String programId) {
        signInAndOpen(browser, userKey, "/find?program=" + programId);
        return new FindMentorPage(browser);
    }

    /** The page the browser shows now, e.g. after a request failed. */
    public static FindMentorPage current(Browser browser) {
        awaitReady(browser);
        return new FindMentorPage(browser);
    }

    /** The suggested mentors' user keys, best first. */
    public List<String> mentors() {
        return browser.driver().findElements(By.cssSelector(".mentorhub-suggestion")).stream()
            .map(s -> s.getAttribute("data-mentor")).toList();
    }

    private WebElement suggestion(String mentor) {
        return find(".mentorhub-suggestion[data-mentor='" + mentor + "']");
    }

    public String mentorName(String mentor) {
        return suggestion(mentor).findElement(By.cssSelector(".mentorhub-mentor-name")).getText();
    }

    /** "Match 87" and the like. */
    public String score(String mentor) {
        return suggestion(mentor).findElement(By.cssSelector(".mentorhub-score")).getText();
    }

    /** Each criterion's row: name, points and reason as the page shows them. */
    public List<String> criteria(String mentor) {
        return suggestion(mentor).findElements(By.cssSelector(".mentorhub-criteria tr")).stream().map(WebElement::getText).toList();
    }

    /** The widths of the criteria bars, e.g. "100%". */
    public List<String> barWidths(String mentor) {
        return suggestion(mentor).findElements(By.cssSelector(".mentorhub-criteria .mentorhub-bar-fill")).stream()
            .map(bar -> bar.getAttribute("style")).toList();
    }

    /** Requests the mentor; the browser then shows "my mentoring", or this page again with the reason it failed. */
    public void request(String mentor) {
        submitWith(suggestion(mentor).findElement(By.cssSelector("button.mentorhub-request")));
    }

    public String notice() {
        return texts(".mentorhub-find-notice, .mentorhub-no-suggestions").stream().findFirst().orElse("");
    }
}
