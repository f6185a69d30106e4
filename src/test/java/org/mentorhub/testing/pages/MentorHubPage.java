package org.mentorhub.testing.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mentorhub.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/** What every MentorHub page has beyond the decorator: its confirmation, failure message and inline field errors. */
public abstract class MentorHubPage extends Page {
    public static final String ROOT = "/plugins/servlet/mentorhub";

    protected MentorHubPage(Browser browser) {
        super(browser);
    }

    /** Signs in as {@code userKey} through the sandbox's user switcher and opens {@code path} below {@link #ROOT}. */
    static void signInAndOpen(Browser browser, String userKey, String path) {
        browser.open("/sandbox/login?user=" + userKey + "&returnUrl=" + URLEncoder.encode(ROOT + path, StandardCharsets.UTF_8));
        awaitReady(browser);
    }

    /** Waits until the browser shows a MentorHub page at a path starting with {@code pathPrefix}, ready. */
    protected static void awaitPage(Browser browser, String pathPrefix) {
        browser.waitFor(driver -> browser.currentPath().startsWith(pathPrefix));
        awaitReady(browser);
    }

    /** Waits until the page the browser shows now has loaded and MentorHub's script marked it ready. */
    static void awaitReady(Browser browser) {
        try {
            browser.waitFor(driver -> Boolean.TRUE.equals(browser.script(
                "return document.readyState === 'complete' && document.body.dataset.mentorhubReady === 'true';")));
        } catch (TimeoutException e) {
            throw new AssertionError("MentorHub page not ready: " + browser.script(
                "return location.href + ' ' + document.readyState + ' ' + JSON.stringify(document.body.dataset);"), e);
        }
    }

    /** The confirmation of the action that led here, or the empty string. */
    public String done() {
        return texts(".mentorhub-done").stream().findFirst().orElse("");
    }

    /** The message above the form (a conflict, or "correct the fields"), or the empty string. */
    public String formError() {
        return texts(".mentorhub-form-error").stream().findFirst().orElse("");
    }

    /** The error shown at form field {@code field}, or the empty string. */
    public String fieldError(String field) {
        return texts("[data-field-error='" + field + "']").stream().findFirst().orElse("");
    }

    /** The value of the form field named {@code name} (the first, when several forms have one). */
    public String fieldValue(String name) {
        return browser.driver().findElement(By.name(name)).getAttribute("value");
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

    /** Types into the field named {@code name} of {@code form}, replacing what it held. */
    protected static void type(WebElement form, String name, String text) {
        WebElement field = form.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    /** Submits by clicking {@code button} and waits for the next page. */
    protected void submitWith(WebElement button) {
        button.click();
        browser.waitFor(driver -> isGone(button));
        awaitReady(browser);
    }

    /**
     * Whether the element's document was replaced. ChromeDriver 156.0.8078.129 reports an element of a replaced
     * document as an inspector error ("does not belong to the document") as often as it reports it stale.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }
}
