package org.repstat.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;

/**
 * The report as a student sees it: built from the real published tables into a scratch copy, opened from file:// in
 * Debian's headless Chromium. Every chart must load, the tables must carry the real figures, every internal link
 * must point at a file that exists, and each page is saved as a full-page screenshot under target/.
 */
@Tag("slow")
class ReportBrowserTest {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target/report-screenshots");

    static Path home;
    static Workspace ws;
    static ChromeDriver driver;

    @BeforeAll
    static void buildAndOpen() throws Exception {
        assertTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "needs Debian chromium and chromium-driver (.ci/install-packages)");
        home = Files.createTempDirectory("repstat-report-");
        ws = TestWorkspace.copyOfDatasets(home);
        new org.repstat.pipeline.PipelineRun(ws).command("report", new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        Path profile = Files.createTempDirectory("repstat-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--allow-file-access-from-files",
                "--user-data-dir=" + profile, "--window-size=1400,1000");
        // An explicit driver path: Selenium Manager is never asked to download anything.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    static List<Path> pages() throws Exception {
        try (var files = Files.list(ws.reports())) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyPageLoadsItsChartsAndEveryInternalLinkResolves() throws Exception {
        List<String> broken = new ArrayList<>();
        int images = 0;
        for (Path page : pages()) {
            driver.get(page.toUri().toString());
            for (WebElement img : driver.findElements(By.tagName("img"))) {
                images++;
                Object width = ((JavascriptExecutor) driver).executeScript(
                        "return arguments[0].complete ? arguments[0].naturalWidth : 0;", img);
                assertTrue(((Number) width).longValue() > 0, page.getFileName() + ": image did not load: " + img.getAttribute("src"));
            }
            List<String> targets = new ArrayList<>();
            driver.findElements(By.cssSelector("a[href]")).forEach(a -> targets.add(a.getAttribute("href")));
            driver.findElements(By.cssSelector("img[src]")).forEach(i -> targets.add(i.getAttribute("src")));
            driver.findElements(By.cssSelector("link[href]")).forEach(l -> targets.add(l.getAttribute("href")));
            for (String target : targets) {
                if (!target.startsWith("file:")) {
                    assertTrue(target.startsWith("http://") || target.startsWith("https://"), "unexpected link " + target);
                    continue; // a source's own address: external, not ours to resolve offline
                }
                Path file = Path.of(URI.create(target.replaceFirst("#.*$", "")));
                if (!Files.exists(file)) {
                    broken.add(page.getFileName() + " -> " + target);
                }
            }
            screenshot(page.getFileName().toString().replace(".html", ".png"));
        }
        assertEquals(List.of(), broken);
        long charts;
        try (var files = Files.list(ws.reports().resolve("charts"))) {
            charts = files.filter(f -> f.toString().endsWith(".png")).count();
        }
        assertTrue(images >= charts, "every chart in reports/charts should be shown: " + charts + " charts, " + images + " images");
    }

    @Test
    void massOperationsTableShowsTheRealFigures() {
        driver.get(ws.reports().resolve("mass-operations.html").toUri().toString());
        String tables = driver.findElements(By.tagName("table")).stream().map(WebElement::getText)
                .reduce("", String::concat);
        assertTrue(tables.contains("683,000"), tables);
        assertTrue(tables.contains("1,150,000"), tables);
        assertTrue(driver.findElement(By.tagName("h2")).getText().contains("683,000"));
    }

    @Test
    void gulagCampsChartsLoadAndTheTableShowsThe1938SumOfThePublishedCsv() throws Exception {
        // Computed here from the published CSV with Commons CSV, not with the report's code.
        long sum = 0;
        int camps = 0;
        try (var r = Files.newBufferedReader(ws.clean().resolve("gulag_camp_population.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (row.get("year").equals("1938") && row.get("measure").equals("prisoners") && row.get("in_yearly_sum").equals("true")) {
                    sum += Long.parseLong(row.get("value"));
                    camps++;
                }
            }
        }
        driver.get(ws.reports().resolve("gulag.html").toUri().toString());
        for (String id : List.of("gulag-prisoners-per-year", "gulag-largest-camps-1937", "gulag-largest-camps-1938", "gulag-camps-map-1938")) {
            WebElement img = driver.findElement(By.cssSelector("section#" + id + " img"));
            Object width = driver.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", img);
            assertTrue(((Number) width).longValue() > 0, id + ": chart did not load");
            assertTrue(img.getAttribute("src").endsWith("charts/" + id + ".png"), img.getAttribute("src"));
        }
        List<String> row1938 = driver.findElements(By.cssSelector("section#gulag-prisoners-per-year table tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .filter(cells -> cells.get(0).equals("1938")).findFirst().orElseThrow();
        assertTrue(row1938.contains(String.valueOf(camps)), "camps giving a figure in 1938: " + row1938);
        assertTrue(row1938.contains(String.format(java.util.Locale.US, "%,d", sum)), "sum over camps in 1938: " + row1938);
        assertTrue(driver.findElement(By.cssSelector("section#gulag-largest-camps-1938 h2")).getText().contains("of the "
                + String.format(java.util.Locale.US, "%,d", sum) + " counted in the " + camps + " camps"));
    }

    @Test
    void theReportNeedsNothingFromTheNetwork() throws Exception {
        for (Path page : pages()) {
            String html = Files.readString(page);
            assertTrue(!html.contains("<script") && !html.contains("//fonts.") && !html.contains("cdn"),
                    page.getFileName() + " refers to a network resource");
        }
    }

    @Test
    void theIndexOpensWithTheKeyNumbersEachWithItsSource() {
        driver.get(ws.reports().resolve("index.html").toUri().toString());
        List<WebElement> keys = driver.findElements(By.cssSelector("section[aria-labelledby=key-numbers] .key"));
        assertEquals(5, keys.size());
        String text = keys.stream().map(WebElement::getText).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(text.contains("approximately 1,150,000") && text.contains("683,000") && text.contains("Whitewood 2015"), text);
        assertTrue(text.contains("35,020") && text.contains("9,506") && text.contains("11,178"), text);
    }

    @Test
    void noPageScrollsSidewaysOnA390PixelPhone() throws Exception {
        List<String> wide = new ArrayList<>();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
        try {
            for (Path page : pages()) {
                driver.get(page.toUri().toString());
                Number scroll = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
                Number view = (Number) driver.executeScript("return document.documentElement.clientWidth;");
                if (scroll.longValue() > view.longValue()) {
                    wide.add(page.getFileName() + " is " + scroll + " px wide in a " + view + " px window");
                }
                screenshot(page.getFileName().toString().replace(".html", "-390.png"));
            }
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        }
        assertEquals(List.of(), wide);
    }

    @Test
    void everyChartFileIsShownOnAPage() throws Exception {
        StringBuilder html = new StringBuilder();
        for (Path page : pages()) {
            html.append(Files.readString(page));
        }
        List<String> unlinked = new ArrayList<>();
        try (var files = Files.list(ws.reports().resolve("charts"))) {
            for (Path f : files.toList()) {
                if (!html.toString().contains("charts/" + f.getFileName())) {
                    unlinked.add(f.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), unlinked);
    }

    @Test
    void noRegisterIdIsVisibleOnAnyPage() throws Exception {
        List<String> ids = new ArrayList<>();
        try (var r = Files.newBufferedReader(ws.clean().resolve("sources.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                ids.add(row.get("source_id"));
            }
        }
        List<String> seen = new ArrayList<>();
        for (Path page : pages()) {
            driver.get(page.toUri().toString());
            String text = driver.findElement(By.tagName("body")).getText();
            for (String id : ids) {
                if (text.contains(id)) {
                    seen.add(page.getFileName() + ": " + id);
                }
            }
        }
        assertEquals(List.of(), seen);
    }

    @Test
    void aTopicAddedWithDataFilesOnlyGetsAPage() throws Exception {
        Path tmp = Files.createTempDirectory("repstat-new-topic-");
        Workspace added = org.repstat.topics.NewTopicTest.withNewTopic(tmp);
        driver.get(added.reports().resolve("harbin.html").toUri().toString());
        assertEquals("The Harbin operation", driver.findElement(By.tagName("h1")).getText());
        WebElement img = driver.findElement(By.cssSelector("section#harbin-by-source img"));
        Object width = driver.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", img);
        assertTrue(((Number) width).longValue() > 0, "the new topic's chart loads");
        screenshot("new-topic-harbin.png");
    }

    /** A full-page capture through the DevTools protocol: the whole scroll height, not the window. */
    static void screenshot(String name) throws Exception {
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
        Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
    }

}
