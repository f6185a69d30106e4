package org.mentorhub.testing.pages;

import org.mentorhub.testing.Browser;
import org.openqa.selenium.By;

/** Creating or editing a program, {@code /plugins/servlet/mentorhub/programs/new} or {@code .../<id>/edit}. */
public final class ProgramFormPage extends MentorHubPage {

    private ProgramFormPage(Browser browser) {
        super(browser);
    }

    public static ProgramFormPage current(Browser browser) {
        awaitPage(browser, ProgramsPage.PATH);
        browser.waitFor(driver -> !driver.findElements(By.cssSelector("form.mentorhub-program-form")).isEmpty());
        return new ProgramFormPage(browser);
    }

    public ProgramFormPage with(String field, String value) {
        set(field, value);
        return this;
    }

    public String value(String field) {
        return find("[name='" + field + "']").getAttribute("value");
    }

    /** Sends the form; the answer is the program page when it succeeded, or this form again with its errors. */
    public void save() {
        submitWith(find("#mh-save-program"));
    }
}
