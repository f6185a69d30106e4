package org.mentorhub.testing.pages;

import java.util.List;
import org.mentorhub.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Joining a program, and later editing one's profile: {@code /plugins/servlet/mentorhub/enroll?program=<id>}. */
public final class EnrollPage extends MentorHubPage {
    private EnrollPage(Browser browser) {
        super(browser);
    }

    public static EnrollPage openAs(Browser browser, String userKey, String programId) {
        signInAndOpen(browser, userKey, "/enroll?program=" + programId);
        return new EnrollPage(browser);
    }

    private WebElement form() {
        return find("#mentorhub-profile-form");
    }

    public EnrollPage checkRole(String role) {
        form().findElement(By.cssSelector("label[for='mh-roles-" + role + "']")).click();
        return this;
    }

    public EnrollPage consent(String scope) {
        form().findElement(By.cssSelector("label[for='mh-consent-" + scope + "']")).click();
        return this;
    }

    public EnrollPage skill(int row, String name, String level) {
        type(form(), "skills." + row + ".name", name);
        new Select(form().findElement(By.name("skills." + row + ".level"))).selectByValue(level);
        return this;
    }

    public EnrollPage careerLevel(String level) {
        new Select(form().findElement(By.name("careerLevel"))).selectByValue(level);
        return this;
    }

    public EnrollPage type(String field, String text) {
        type(form(), field, text);
        return this;
    }

    public EnrollPage submit() {
        submitWith(find("#mentorhub-profile-submit"));
        return new EnrollPage(browser);
    }

    /** The roles the user takes part in, as the page lists them once they joined (MENTOR, MENTEE). */
    public List<String> rolesTakingPart() {
        return browser.driver().findElements(By.cssSelector(".mentorhub-roles [data-role]")).stream()
            .map(role -> role.getAttribute("data-role")).toList();
    }
}
