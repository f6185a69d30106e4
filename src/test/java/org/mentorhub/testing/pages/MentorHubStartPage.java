package org.mentorhub.testing.pages;

import java.util.List;
import org.mentorhub.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** MentorHub's start page, {@code /plugins/servlet/mentorhub}. */
public final class MentorHubStartPage extends Page {
    public static final String PATH = "/plugins/servlet/mentorhub";

    private MentorHubStartPage(Browser browser) {
        super(browser);
    }

    /** The start page the browser shows now, once MentorHub's script has marked it ready. */
    public static MentorHubStartPage current(Browser browser) {
        browser.waitFor(driver -> browser.currentPath().equals(PATH)
            && Boolean.TRUE.equals(browser.script("return document.body.dataset.mentorhubReady === 'true';")));
        return new MentorHubStartPage(browser);
    }

    /** The start page as {@code userKey} sees it. */
    public static MentorHubStartPage openAs(Browser browser, String userKey) {
        browser.open("/sandbox/login?user=" + userKey + "&returnUrl=" + PATH);
        return current(browser);
    }

    public static MentorHubStartPage open(Browser browser) {
        browser.open(PATH);
        return current(browser);
    }

    public String welcome() {
        return browser.driver().findElement(By.cssSelector(".mentorhub-welcome")).getText();
    }

    /** What waits for the person, one line each with where its link leads: "text -> path". */
    public List<String> waitingForMe() {
        return tasks(".mentorhub-home-tasks li a");
    }

    /** What the person waits for, likewise. */
    public List<String> waitingForOthers() {
        return tasks(".mentorhub-home-waiting li a");
    }

    public boolean showsSystemStatus() {
        return !browser.driver().findElements(By.cssSelector(".mentorhub-status")).isEmpty();
    }

    private List<String> tasks(String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream()
            .map((WebElement link) -> link.getText() + " -> " + link.getAttribute("href").replaceFirst("^https?://[^/]+", "")).toList();
    }

    /** The state lozenge of the system status table, e.g. "RUNNING" (AUI shows lozenges in capitals). */
    public String databaseState() {
        return browser.driver().findElement(By.cssSelector(".mentorhub-status .aui-lozenge")).getText();
    }
}
