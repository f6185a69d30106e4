package org.mentorhub.testing.pages;

import org.mentorhub.testing.Browser;
import org.openqa.selenium.By;

/** What every decorated sandbox page has: a heading, the application header with the acting user, AUI. */
public abstract class Page {
    protected final Browser browser;

    protected Page(Browser browser) {
        this.browser = browser;
    }

    public Browser browser() {
        return browser;
    }

    public String heading() {
        return browser.driver().findElement(By.cssSelector("#content h1")).getText();
    }

    /** "Acting as …" or "Not logged in", from the header. */
    public String actingAs() {
        return browser.driver().findElement(By.id("sandbox-current-user")).getText();
    }

    /** The number of CSS rules the browser loaded from AUI's stylesheet (0 when it failed to load). */
    public long auiStylesheetRules() {
        return (Long) browser.script("""
            const sheet = [...document.styleSheets].find(s => s.href && s.href.endsWith('/aui-prototyping.css'));
            return sheet ? sheet.cssRules.length : 0;""");
    }

    /** The computed value of CSS {@code property} on the first element matching {@code selector}. */
    public String computedStyle(String selector, String property) {
        return (String) browser.script(
            "return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1]);",
            selector, property);
    }
}
