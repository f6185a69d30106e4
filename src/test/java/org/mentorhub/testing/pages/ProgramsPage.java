package org.mentorhub.testing.pages;

import java.util.List;
import org.mentorhub.testing.Browser;

/** The programs list, {@code /plugins/servlet/mentorhub/programs}. */
public final class ProgramsPage extends MentorHubPage {
    public static final String PATH = "/plugins/servlet/mentorhub/programs";

    private ProgramsPage(Browser browser) {
        super(browser);
    }

    public static ProgramsPage open(Browser browser) {
        browser.open(PATH);
        awaitPage(browser, PATH);
        return new ProgramsPage(browser);
    }

    public List<String> programNames() {
        return texts(".mentorhub-program-name");
    }

    public ProgramFormPage create() {
        find("#mh-create-program").click();
        return ProgramFormPage.current(browser);
    }
}
