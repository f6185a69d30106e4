package org.mentorhub.testing.pages;

import org.mentorhub.testing.Browser;
import org.openqa.selenium.By;

/** The sandbox's start page ({@code /}): links to MentorHub and its health check. */
public final class SandboxHomePage extends Page {

    private SandboxHomePage(Browser browser) {
        super(browser);
    }

    public static SandboxHomePage open(Browser browser) {
        browser.open("/");
        return new SandboxHomePage(browser);
    }

    public String databaseLine() {
        return browser.driver().findElement(By.id("sandbox-database")).getText();
    }

    /** Follows the MentorHub link; anonymous visitors end up on the user switcher. */
    public void followMentorHubLink() {
        browser.driver().findElement(By.id("link-mentorhub")).click();
    }

    /** Follows the health link and returns what the browser shows (the JSON). */
    public String followHealthLink() {
        browser.driver().findElement(By.id("link-health")).click();
        return browser.waitFor(driver -> {
            String text = browser.visibleText();
            return text.contains("\"version\"") ? text : null;
        });
    }
}
