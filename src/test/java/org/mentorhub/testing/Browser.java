package org.mentorhub.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven by Selenium, looking at the
 * shared {@link Sandbox}. Both paths are given explicitly, so Selenium Manager is never asked to find or
 * download a browser or driver. One browser serves the whole run; {@link BrowserExtension} resets its
 * cookies and console before each test.
 */
public final class Browser implements ExtensionContext.Store.CloseableResource {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 800;
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** Runs before any page script: dialogs count as executed payloads (see {@link StoredXss}). */
    private static final String DIALOG_TRAP =
        "window.alert = window.confirm = window.prompt = function () { window.__xss = 'dialog'; };";
    /** The sandbox serves no favicon (Jira does); the browser's request for it is not a page error. */
    private static final String FAVICON = "/favicon.ico ";
    // Held so the level sticks. Selenium warns that it has no CDP bindings for this Chromium version; only raw
    // CDP commands are used, which need none.
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium");

    private final ChromeDriver driver;
    private final Sandbox sandbox;
    private final Path profile;

    private Browser(ChromeDriver driver, Sandbox sandbox, Path profile) {
        this.driver = driver;
        this.sandbox = sandbox;
        this.profile = profile;
    }

    static Browser start(Sandbox sandbox) {
        for (String executable : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(executable))) {
                throw new IllegalStateException(executable + " is missing: apt-get install chromium chromium-driver"
                    + " (.ci/run does this)");
            }
        }
        CDP_LOG.setLevel(Level.SEVERE);
        Path profile = createTempDirectory();
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", DIALOG_TRAP));
        Browser browser = new Browser(driver, sandbox, profile);
        // --window-size includes the (invisible) window frame; pin the page viewport itself.
        browser.resizeViewport(WIDTH, HEIGHT);
        return browser;
    }

    public WebDriver driver() {
        return driver;
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    /** Loads {@code path} of the sandbox and waits until the page has loaded. */
    public void open(String path) {
        driver.get(sandbox.url(path).toString());
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** The path (and query) of the current page. */
    public String currentPath() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Sets the size of the page's viewport, e.g. to see how a page lays out in a smaller window. */
    public void resizeViewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    public Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    /** The text a person sees on the page. */
    public String visibleText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits up to 10 s for {@code condition} to become true (or non-null) and returns its value. */
    public <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }

    /** Saves what the browser shows to {@code target/screenshots/<name>.png} and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Errors the browser console reported since the last call (script errors, {@code console.error}, failed
     * resource loads), each as level and message.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .filter(message -> !message.contains(FAVICON))
            .toList();
    }

    /** A fresh start for the next test: no sandbox user cookie, an empty console, a blank page. */
    void reset() {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        consoleErrors();
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("mentorhub-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
