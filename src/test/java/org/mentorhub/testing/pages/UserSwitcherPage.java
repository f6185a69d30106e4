package org.mentorhub.testing.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mentorhub.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The sandbox's "Choose who you are" page ({@code /sandbox/login}), where Jira would show its login form. */
public final class UserSwitcherPage extends Page {
    public static final String PATH = "/sandbox/login";

    private UserSwitcherPage(Browser browser) {
        super(browser);
    }

    /** The switcher the browser shows now, after a redirect to it. */
    public static UserSwitcherPage current(Browser browser) {
        browser.waitFor(driver -> browser.currentPath().startsWith(PATH));
        return new UserSwitcherPage(browser);
    }

    public static UserSwitcherPage open(Browser browser, String returnPath) {
        browser.open(PATH + "?returnUrl=" + URLEncoder.encode(returnPath, StandardCharsets.UTF_8));
        return new UserSwitcherPage(browser);
    }

    /** The people to start with, a row each: name, username, what they can try. */
    public List<String> starters() {
        return browser.driver().findElements(By.cssSelector("#sandbox-starters tbody tr")).stream().map(WebElement::getText).toList();
    }

    /** Types {@code text} into the people filter; answers the names still shown in the full list. */
    public List<String> filterEveryone(String text) {
        browser.driver().findElement(By.id("sandbox-user-filter")).sendKeys(text);
        return browser.driver().findElements(By.cssSelector("#sandbox-users li")).stream().filter(WebElement::isDisplayed)
            .map(WebElement::getText).toList();
    }

    /** Logs in as the user with {@code userKey}; the sandbox then returns to where the visitor came from. */
    public void pick(String userKey) {
        browser.driver().findElement(By.cssSelector("a[data-user-key='" + userKey + "']")).click();
    }
}
