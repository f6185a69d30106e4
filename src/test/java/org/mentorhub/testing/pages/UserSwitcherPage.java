package org.mentorhub.testing.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.mentorhub.testing.Browser;
import org.openqa.selenium.By;

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

    /** Logs in as the user with {@code userKey}; the sandbox then returns to where the visitor came from. */
    public void pick(String userKey) {
        browser.driver().findElement(By.cssSelector("a.sandbox-login[data-user-key='" + userKey + "']")).click();
    }
}
