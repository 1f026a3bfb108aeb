package io.github.dialectic.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The HTML report of the Nova example as headless Chromium shows it: the matrix has a row per migration and a column
 * per target, V2's Db2 cell is red, a click on it shows its finding with the statement. Needs Debian's chromium and
 * chromium-driver ({@code .ci/run} installs them and sets DIALECTIC_REQUIRE_BROWSER=1, which turns a missing browser
 * into a failure instead of a skip). Leaves a screenshot in target/html-report.png.
 */
class HtmlReportBrowserIT {
    static final Path JAR = Path.of("target", "dialectic.jar").toAbsolutePath();
    static final Path EXAMPLE = Path.of("..", "examples", "nova-uuid");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path work;

    @Test
    void matrixRendersAndACellClickShowsItsFindings() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "1".equals(System.getenv("DIALECTIC_REQUIRE_BROWSER"))) {
            fail("DIALECTIC_REQUIRE_BROWSER=1 but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing "
                    + "(apt-get install -y chromium chromium-driver)");
        }
        assumeTrue(present, "no " + CHROMIUM + " and " + CHROMEDRIVER + ": HTML report not checked in a browser");

        Path html = work.resolve("report.html");
        Process lint = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "lint", "--no-cache", "--format", "html", "--output", html.toString(), EXAMPLE.toString())
                .redirectErrorStream(true).start();
        assertTrue(lint.waitFor(120, TimeUnit.SECONDS), "lint did not finish");
        String printed = new String(lint.getInputStream().readAllBytes());
        assertEquals(1, lint.exitValue(), printed);
        assertTrue(Files.size(html) > 0);
        String page = Files.readString(html);
        assertFalse(page.matches("(?s).*(src|href)=\"(https?:)?//[^\"]*\\.(js|css)\".*"), "self-contained: no fetches");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1400", "--user-data-dir=" + work.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            browser.get(html.toUri().toString());
            List<String> headers = browser.findElements(By.cssSelector("table.matrix thead th")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("migration", "mysql:9.7", "mariadb:12.3", "postgresql:18", "sqlite:3.54", "db2:12.1"),
                    headers);
            List<WebElement> rows = browser.findElements(By.cssSelector("table.matrix tbody tr"));
            assertEquals(6, rows.size(), "one row per migration");
            WebElement v2 = rows.get(1);
            assertEquals("V2__instance_uuid_unique.sql", v2.findElement(By.cssSelector("th")).getText());
            List<WebElement> cells = v2.findElements(By.cssSelector("td"));
            assertFalse(cells.get(0).getAttribute("class").contains("rejected"), "mysql accepts V2");
            assertTrue(cells.get(4).getAttribute("class").contains("rejected"), "db2 rejects V2");

            WebElement panel = browser.findElement(By.id("c1-db2"));
            assertFalse(panel.isDisplayed(), "findings stay hidden until their cell is clicked");
            cells.get(4).findElement(By.tagName("a")).click();
            assertTrue(panel.isDisplayed(), "a click on the cell shows its findings");
            String shown = panel.getText();
            assertTrue(shown.contains("[nullable-unique-key]"), shown);
            assertTrue(shown.contains("UNIQUE constraint on instances includes nullable column uuid"), shown);
            assertTrue(shown.contains("ALTER TABLE instances ADD CONSTRAINT uniq_instances0uuid UNIQUE (uuid);"),
                    "the statement's excerpt: " + shown);
            assertTrue(shown.contains("Declare uuid NOT NULL"), "the fix: " + shown);

            File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), Path.of("target", "html-report.png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.quit();
        }
    }
}
