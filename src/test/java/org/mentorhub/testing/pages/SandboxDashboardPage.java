package org.mentorhub.testing.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.mentorhub.testing.Browser;
import org.mentorhub.testing.Sandbox;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The sandbox dashboard ({@code /sandbox/dashboard}): MentorHub's dashboard item in a narrow and a wide column. */
public final class SandboxDashboardPage extends Page {
    public static final String PATH = "/sandbox/dashboard";
    private final Sandbox sandbox;

    private SandboxDashboardPage(Browser browser, Sandbox sandbox) {
        super(browser);
        this.sandbox = sandbox;
    }

    /** Logs in as {@code userKey} on {@code sandbox} through its user switcher and opens the dashboard with {@code query}. */
    public static SandboxDashboardPage openAs(Browser browser, Sandbox sandbox, String userKey, String query) {
        String dashboard = PATH + query;
        browser.driver().get(sandbox.url("/sandbox/login?user=" + userKey + "&returnUrl="
            + URLEncoder.encode(dashboard, StandardCharsets.UTF_8)).toString());
        SandboxDashboardPage page = new SandboxDashboardPage(browser, sandbox);
        page.awaitGadgets();
        return page;
    }

    /** Opens the dashboard showing program {@code programId} over the last {@code weeks} weeks in every gadget. */
    public static SandboxDashboardPage openProgramAs(Browser browser, Sandbox sandbox, String userKey, String programId, int weeks) {
        return openAs(browser, sandbox, userKey, "?programId=" + programId + "&weeks=" + weeks);
    }

    /** Waits until every gadget shows a dashboard, its configuration or an error. */
    public void awaitGadgets() {
        browser.waitFor(driver -> Boolean.TRUE.equals(browser.script("""
            const gadgets = [...document.querySelectorAll('.sandbox-gadget')];
            return gadgets.length > 0 && gadgets.every(g => g.querySelector(
                '.mentorhub-dashboard, .mentorhub-dashboard-config, .mentorhub-dashboard-error'));""")));
    }

    /** The gadget in the {@code narrow} or {@code wide} column. */
    public Gadget gadget(String column) {
        return new Gadget(browser.driver().findElement(By.cssSelector("[data-column='" + column + "'] .sandbox-gadget")));
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    /** One dashboard item with its frame. */
    public final class Gadget {
        private final WebElement frame;

        Gadget(WebElement frame) {
            this.frame = frame;
        }

        /** The text of the figure marked {@code data-kpi=name}, e.g. {@code active-pairs}. */
        public String kpi(String name) {
            return frame.findElement(By.cssSelector("[data-kpi='" + name + "']")).getText();
        }

        public boolean isNarrow() {
            return !frame.findElements(By.cssSelector(".mentorhub-dashboard.mentorhub-dashboard-narrow")).isEmpty();
        }

        public boolean isWide() {
            return !frame.findElements(By.cssSelector(".mentorhub-dashboard.mentorhub-dashboard-wide")).isEmpty();
        }

        public int width() {
            return frame.getSize().getWidth();
        }

        /** How often the item asked the dashboard to fit its height ({@code API.resize()}). */
        public int resizes() {
            String count = frame.getAttribute("data-resized");
            return count == null ? 0 : Integer.parseInt(count);
        }

        /** The goals completed per week, as the trend chart's bars count them. */
        public List<Integer> trend() {
            return frame.findElements(By.cssSelector(".mentorhub-dashboard-trend-bar")).stream()
                .map(bar -> Integer.parseInt(bar.getAttribute("data-count"))).toList();
        }

        /** The width of each progress bar's fill, as set in percent. */
        public String progressFill(String kpi) {
            return (String) browser.script("return arguments[0].closest('.mentorhub-dashboard-progress')"
                + ".querySelector('.aui-progress-indicator-value').style.width;",
                frame.findElement(By.cssSelector("[data-kpi='" + kpi + "']")));
        }

        /** Each pair at risk as its text: who, then the reasons. */
        public List<String> pairsAtRisk() {
            return frame.findElements(By.cssSelector(".mentorhub-dashboard-at-risk-pair")).stream().map(WebElement::getText).toList();
        }

        public String programHeading() {
            return frame.findElement(By.cssSelector(".mentorhub-dashboard-program")).getText();
        }

        /** The period the figures cover, as the gadget labels it. */
        public String period() {
            return frame.findElement(By.cssSelector(".mentorhub-dashboard-period")).getText();
        }

        public boolean isConfiguring() {
            return !frame.findElements(By.cssSelector(".mentorhub-dashboard-config")).isEmpty();
        }

        /** The program names the configuration offers. */
        public List<String> programChoices() {
            return new Select(frame.findElement(By.name("programId"))).getOptions().stream().map(WebElement::getText).toList();
        }

        /** Chooses a program and period in the configuration and saves; waits for the dashboard. */
        public void configure(String programName, String periodLabel) {
            new Select(frame.findElement(By.name("programId"))).selectByVisibleText(programName);
            new Select(frame.findElement(By.name("weeks"))).selectByVisibleText(periodLabel);
            frame.findElement(By.cssSelector(".mentorhub-dashboard-config button[type='submit']")).click();
            browser.waitFor(driver -> !frame.findElements(By.cssSelector(".mentorhub-dashboard")).isEmpty());
        }

        /** Saves a picture of the gadget with its frame to {@code target/screenshots/<name>.png}. */
        public Path screenshot(String name) {
            try {
                Files.createDirectories(Browser.SCREENSHOTS);
                Path target = Browser.SCREENSHOTS.resolve(name + ".png");
                Files.copy(frame.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
