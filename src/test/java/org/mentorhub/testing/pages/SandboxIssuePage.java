package org.mentorhub.testing.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mentorhub.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The sandbox's stand-in for Jira's issue view ({@code /browse/<KEY>}) with MentorHub's pair panel in its right column. */
public final class SandboxIssuePage extends Page {
    private static final String PANEL = "#mentorhub-pair-issue-panel-module";

    private SandboxIssuePage(Browser browser) {
        super(browser);
    }

    /** Logs in as {@code userKey} through the user switcher and opens the issue. */
    public static SandboxIssuePage openAs(Browser browser, String userKey, String issueKey) {
        browser.driver().get(browser.sandbox().url("/sandbox/login?user=" + userKey + "&returnUrl="
            + URLEncoder.encode("/browse/" + issueKey, StandardCharsets.UTF_8)).toString());
        browser.waitFor(driver -> !driver.findElements(By.id("sandbox-issue-key")).isEmpty());
        return new SandboxIssuePage(browser);
    }

    public String issueKey() {
        return browser.driver().findElement(By.id("sandbox-issue-key")).getText();
    }

    /** Everything the right column shows, every panel's heading and body. */
    public String sidebar() {
        return browser.driver().findElement(By.id("viewissuesidebar")).getText();
    }

    public boolean hasPairPanel() {
        return !browser.driver().findElements(By.cssSelector(PANEL)).isEmpty();
    }

    /** The panel's heading, as Jira draws it from the panel's label. */
    public String panelHeading() {
        return panel().findElement(By.cssSelector(".mod-header")).getText();
    }

    public String program() {
        return text(".mentorhub-pair-issue-program");
    }

    public String status() {
        return panel().findElement(By.cssSelector(".mentorhub-pair-issue-status")).getAttribute("data-status");
    }

    /** The people, mentor first: name, role and agreement state, one line each. */
    public List<String> people() {
        return panel().findElements(By.cssSelector(".mentorhub-pair-issue-people li")).stream().map(WebElement::getText).toList();
    }

    public List<String> names() {
        return panel().findElements(By.cssSelector(".mentorhub-pair-issue-name")).stream().map(WebElement::getText).toList();
    }

    public String agreement() {
        return text(".mentorhub-pair-issue-agreement");
    }

    public String goalsDone() {
        return text(".mentorhub-pair-issue-goals-done");
    }

    public List<String> goals() {
        return panel().findElements(By.cssSelector(".mentorhub-pair-issue-goals li")).stream().map(WebElement::getText).toList();
    }

    /** The progress bar's width, in percent of the panel. */
    public String progressPercent() {
        return panel().findElement(By.cssSelector(".mentorhub-pair-issue-progress")).getAttribute("data-percent");
    }

    public String nextCheckIn() {
        return text(".mentorhub-pair-issue-check-in");
    }

    /** Follows the panel's link to the pair page. */
    public PairingPage openPairPage() {
        panel().findElement(By.cssSelector(".mentorhub-pair-issue-link")).click();
        return PairingPage.current(browser);
    }

    private String text(String selector) {
        return panel().findElement(By.cssSelector(selector)).getText();
    }

    private WebElement panel() {
        return browser.driver().findElement(By.cssSelector(PANEL));
    }
}
