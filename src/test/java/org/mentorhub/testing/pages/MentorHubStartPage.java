package org.mentorhub.testing.pages;

import org.mentorhub.testing.Browser;
import org.openqa.selenium.By;

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

    public static MentorHubStartPage open(Browser browser) {
        browser.open(PATH);
        return current(browser);
    }

    public String welcome() {
        return browser.driver().findElement(By.cssSelector(".mentorhub-welcome")).getText();
    }

    /** The state lozenge of the system status table, e.g. "RUNNING" (AUI shows lozenges in capitals). */
    public String databaseState() {
        return browser.driver().findElement(By.cssSelector(".mentorhub-status .aui-lozenge")).getText();
    }
}
