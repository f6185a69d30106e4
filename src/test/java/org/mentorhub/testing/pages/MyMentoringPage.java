package org.mentorhub.testing.pages;

import java.util.List;
import org.mentorhub.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The user's pairings, the mentor's inbox and the user's programs: {@code /plugins/servlet/mentorhub/mine}. */
public final class MyMentoringPage extends MentorHubPage {
    public static final String PATH = ROOT + "/mine";

    private MyMentoringPage(Browser browser) {
        super(browser);
    }

    public static MyMentoringPage openAs(Browser browser, String userKey) {
        signInAndOpen(browser, userKey, "/mine");
        return new MyMentoringPage(browser);
    }

    public static MyMentoringPage current(Browser browser) {
        awaitReady(browser);
        return new MyMentoringPage(browser);
    }

    /** The pairings waiting for the mentor's answer. */
    public List<String> inbox() {
        return browser.driver().findElements(By.cssSelector(".mentorhub-inbox-entry")).stream()
            .map(entry -> entry.getAttribute("data-pairing")).toList();
    }

    /** Everything the inbox shows about one request: who, the program, their profile. */
    public String inboxEntry(String pairingId) {
        return entry(pairingId).getText();
    }

    public MyMentoringPage accept(String pairingId) {
        submitWith(entry(pairingId).findElement(By.cssSelector("button.mentorhub-accept")));
        return new MyMentoringPage(browser);
    }

    public MyMentoringPage decline(String pairingId) {
        submitWith(entry(pairingId).findElement(By.cssSelector("button.mentorhub-decline")));
        return new MyMentoringPage(browser);
    }

    /** The ids of the user's pairings in the list, in its order. */
    public List<String> pairingIds() {
        return browser.driver().findElements(By.cssSelector(".mentorhub-pairings tr[data-pairing]")).stream()
            .map(row -> row.getAttribute("data-pairing")).toList();
    }

    /** The status of one of the user's pairings in the list, e.g. "REQUESTED" (AUI shows lozenges in capitals). */
    /** The pairing's status name, e.g. ACTIVE. */
    public String status(String pairingId) {
        return statusLozenge(pairingId).getAttribute("data-status");
    }

    /** The pairing's status as people read it. */
    public String statusLabel(String pairingId) {
        return statusLozenge(pairingId).getText();
    }

    private WebElement statusLozenge(String pairingId) {
        return find(".mentorhub-pairings tr[data-pairing='" + pairingId + "'] .aui-lozenge");
    }

    /** The "with" column: the other members' names. */
    public String counterparts(String pairingId) {
        return find(".mentorhub-pairings tr[data-pairing='" + pairingId + "'] .mentorhub-pairing-link").getText();
    }

    public PairingPage open(String pairingId) {
        find(".mentorhub-pairings tr[data-pairing='" + pairingId + "'] .mentorhub-pairing-link").click();
        return PairingPage.current(browser);
    }

    private WebElement entry(String pairingId) {
        return find(".mentorhub-inbox-entry[data-pairing='" + pairingId + "']");
    }
}
