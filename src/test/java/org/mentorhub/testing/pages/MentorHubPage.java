package org.mentorhub.testing.pages;

import java.util.List;
import org.mentorhub.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What every MentorHub page has beyond the decorator: its confirmation, failure message and inline field errors. */
public abstract class MentorHubPage extends Page {

    protected MentorHubPage(Browser browser) {
        super(browser);
    }

    /** Waits until the browser shows a MentorHub page at a path starting with {@code pathPrefix}, ready. */
    protected static void awaitPage(Browser browser, String pathPrefix) {
        browser.waitFor(driver -> browser.currentPath().startsWith(pathPrefix)
            && Boolean.TRUE.equals(browser.script("return document.body.dataset.mentorhubReady === 'true';")));
    }

    /** The confirmation of the last action, or the empty string. */
    public String done() {
        return texts(".mentorhub-done").stream().findFirst().orElse("");
    }

    /** The message above the form, or the empty string. */
    public String formError() {
        return texts(".mentorhub-form-error").stream().findFirst().orElse("");
    }

    /** The inline error shown at a form field, or the empty string. */
    public String fieldError(String field) {
        return texts("[data-field-error='" + field + "']").stream().findFirst().orElse("");
    }

    /** The visible text of the first element matching {@code selector}. */
    public String visibleTextOf(String selector) {
        return find(selector).getText();
    }

    public List<String> texts(String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    protected WebElement find(String selector) {
        return browser.driver().findElement(By.cssSelector(selector));
    }

    /** Replaces a field's value, whatever its input type (date inputs ignore typed text in some locales). */
    protected void set(String name, String value) {
        browser.script("const f = document.querySelector('[name=\"' + arguments[0] + '\"]'); f.value = arguments[1];", name, value);
    }
}
