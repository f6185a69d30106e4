package org.mentorhub.testing.pages;

import java.util.List;
import org.mentorhub.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The nominations page, {@code /plugins/servlet/mentorhub/nominations}, and the accept form below it. */
public final class NominationsPage extends MentorHubPage {
    public static final String PATH = "/plugins/servlet/mentorhub/nominations";

    private NominationsPage(Browser browser) {
        super(browser);
    }

    public static NominationsPage open(Browser browser) {
        browser.open(PATH);
        return current(browser);
    }

    public static NominationsPage current(Browser browser) {
        awaitPage(browser, PATH);
        return new NominationsPage(browser);
    }

    /** Fills in and sends the nomination form; the answer is this page, confirming or with field errors. */
    public NominationsPage nominate(String programId, String username, String role, String reason) {
        new Select(find("#mh-program")).selectByValue(programId);
        set("nominee", username);
        new Select(find("#mh-role")).selectByValue(role);
        set("reason", reason);
        submitWith(find("#mh-nominate"));
        return current(browser);
    }

    /** The people the nominee field suggests, as "username: name" (the datalist's options). */
    public List<String> suggestedNominees() {
        return browser.driver().findElements(By.cssSelector("#mh-nominee-people option")).stream()
            .map(option -> option.getAttribute("value") + ": " + option.getAttribute("textContent").strip()).toList();
    }

    /** Rows of "nominations for me": program, nominator, role, reason, status. */
    public List<String> forMe() {
        return texts("table.mentorhub-nominations-for-me tbody tr");
    }

    /** Rows of the nominations the viewer made or manages. */
    public List<String> others() {
        return texts("table.mentorhub-nominations-others tbody tr");
    }

    /** The status of the nomination for me into the program named {@code programName}. */
    public String statusForMe(String programName) {
        return row(programName).findElement(By.cssSelector(".mentorhub-nomination-status")).getText();
    }

    public NominationsPage decline(String programName) {
        submitWith(row(programName).findElement(By.cssSelector("button[data-action=decline]")));
        return current(browser);
    }

    public NominationsPage openAcceptForm(String programName) {
        row(programName).findElement(By.cssSelector("a[data-action=accept]")).click();
        awaitPage(browser, PATH + "/");
        return this;
    }

    /** On the accept form: consents (or not), and sends it. */
    public void accept(boolean consent, String careerLevel) {
        new Select(find("#mh-careerLevel")).selectByValue(careerLevel);
        if (find("#mh-consent").isSelected() != consent) {
            find("label[for=mh-consent]").click();
        }
        submitWith(find("#mh-accept"));
    }

    private WebElement row(String programName) {
        return browser.driver().findElements(By.cssSelector("table.mentorhub-nominations-for-me tr.mentorhub-nomination")).stream()
            .filter(row -> row.findElement(By.tagName("a")).getText().equals(programName))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no nomination for me into " + programName));
    }
}
