package org.mentorhub.testing.pages;

import java.util.List;
import org.mentorhub.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A program's page, {@code /plugins/servlet/mentorhub/programs/<id>}, with its managers' matching review. */
public final class ProgramPage extends MentorHubPage {
    private final String id;

    private ProgramPage(Browser browser, String id) {
        super(browser);
        this.id = id;
    }

    public static ProgramPage open(Browser browser, String programId) {
        browser.open(ProgramsPage.PATH + "/" + programId);
        return current(browser, programId);
    }

    /** The program page the browser shows now (after a redirect, the path carries the confirmation). */
    public static ProgramPage current(Browser browser, String programId) {
        awaitPage(browser, ProgramsPage.PATH + "/" + programId);
        browser.waitFor(driver -> !driver.findElements(By.cssSelector(".mentorhub-program-summary")).isEmpty());
        return new ProgramPage(browser, programId);
    }

    /** The program id the browser's path names. */
    public static String idInPath(Browser browser) {
        String path = browser.currentPath().substring(ProgramsPage.PATH.length() + 1);
        return path.split("[/?]")[0];
    }

    public String id() {
        return id;
    }

    public String status() {
        return find(".mentorhub-program-status").getText();
    }

    public String description() {
        return find(".mentorhub-program-description").getText();
    }

    /** Moves the program on through the confirmation page. */
    public ProgramPage changeStatus(String target) {
        find("[data-status-action='" + target + "']").click();
        awaitPage(browser, ProgramsPage.PATH + "/" + id + "/status/" + target);
        find("#mh-confirm-status").click();
        return current(browser, id);
    }

    public ProgramPage runMatching(String objective) {
        find("label[for='mh-objective-" + objective + "']").click();
        submitWith(find("#mh-run-matching"));
        return current(browser, id);
    }

    /**
     * Presses "Run matching" while keeping the page from leaving, so the state a long run shows stays to be seen, and
     * waits until the button is disabled.
     */
    public void pressRunMatchingAndStay() {
        browser.script("document.querySelector('form.mentorhub-run-matching')"
            + ".addEventListener('submit', event => event.preventDefault());");
        find("#mh-run-matching").click();
        browser.waitFor(driver -> find("#mh-run-matching").getAttribute("disabled") != null);
    }

    public String runMatchingButton() {
        return find("#mh-run-matching").getText();
    }

    public List<Proposal> proposals() {
        return browser.driver().findElements(By.cssSelector("tr.mentorhub-proposal")).stream().map(Proposal::of).toList();
    }

    public ProgramPage approveSelected(Proposal... proposals) {
        for (Proposal proposal : proposals) {
            row(proposal).findElement(By.cssSelector("input[name=proposal]")).click();
        }
        submitWith(find("#mh-approve-selected"));
        return current(browser, id);
    }

    public ProgramPage decide(Proposal proposal, String action) {
        submitWith(row(proposal).findElement(By.cssSelector("button[data-action='" + action + "']")));
        return current(browser, id);
    }

    /** Opens a proposal's explanation and returns its reasons, one per criterion and mentee. */
    public List<String> reasons(Proposal proposal) {
        WebElement row = row(proposal);
        row.findElement(By.tagName("summary")).click();
        return row.findElements(By.cssSelector(".mentorhub-reason")).stream().map(WebElement::getText).toList();
    }

    private WebElement row(Proposal proposal) {
        return find("tr.mentorhub-proposal[data-proposal-id='" + proposal.id() + "']");
    }

    /** The pairings table, one "mentor | mentees | status" line per pairing. */
    public List<String> pairings() {
        return browser.driver().findElements(By.cssSelector("tr.mentorhub-pairing")).stream()
            .map(row -> String.join(" | ", row.findElements(By.tagName("td")).stream().limit(3).map(WebElement::getText).toList()))
            .toList();
    }

    /** A key figure, e.g. "paired" is "2 of 4". */
    public String kpi(String name) {
        return find("[data-kpi='" + name + "']").getText();
    }

    public List<String> participants() {
        return texts("table.mentorhub-participants tbody tr");
    }

    /** One row of the proposals table as it was read. */
    public record Proposal(String id, String mentor, String mentees, boolean locked, int score) {
        static Proposal of(WebElement row) {
            return new Proposal(row.getAttribute("data-proposal-id"),
                row.findElement(By.cssSelector(".mentorhub-proposal-mentor")).getText().replace("LOCKED", "").trim(),
                row.findElement(By.cssSelector(".mentorhub-proposal-mentees")).getText(),
                Boolean.parseBoolean(row.getAttribute("data-locked")),
                Integer.parseInt(row.findElement(By.cssSelector(".mentorhub-score strong")).getText()));
        }
    }
}
