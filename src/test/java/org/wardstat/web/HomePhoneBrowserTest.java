package org.wardstat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.ingest.IngestService;
import org.wardstat.system.Messages;
import org.wardstat.users.Role;

/**
 * The leader's home page on a phone: headless Chromium emulating a screen 390 px wide signs in,
 * and the page must fit that width (nothing to scroll sideways), show the reports and the key
 * figures, and draw the charts. Its full-page screenshot goes to target/screenshots/home-390.png
 * (the README shows a copy). Runs in the Maven profile {@code services}, as the other browser tests.
 */
@Tag("browser")
class HomePhoneBrowserTest extends WebTest {

    static final int WIDTH = 390;

    @Autowired
    IngestService ingest;

    @TempDir
    Path profile;

    WebDriver browser;

    @BeforeEach
    void aPhone() throws Exception {
        assertThat(Files.isExecutable(BrowserEndToEndTest.CHROMIUM)).as("apt-get install chromium chromium-driver").isTrue();
        System.setProperty("webdriver.chrome.driver", BrowserEndToEndTest.CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserEndToEndTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--lang=vi", "--user-data-dir=" + profile);
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", WIDTH, "height", 844, "pixelRatio", 2.0)));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(BrowserEndToEndTest.CHROMEDRIVER.toFile()).build(),
                options);
        user("lanh-dao.tp", Role.LEADER, "tp-bac-kan", "Hoàng Văn Lãnh");
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        for (String unit : new String[] {"tp-bac-kan", "duc-xuan", "song-cau", "phung-chi-kien"}) {
            edition(unit, "2024-11", "pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8));
            edition(unit, "2024-11", "xlsx", "PK".getBytes(StandardCharsets.UTF_8));
        }
        edition("tp-bac-kan", "2024-10", "pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8));
        jdbc.sql("update report_edition set kind = 'ward' where org_unit_code <> 'tp-bac-kan'").update();
        // a run makes a report's PDF and workbook together: one line with both links
        jdbc.sql("""
                update report_edition x set legacy_run_id = p.legacy_run_id from report_edition p
                where x.format = 'xlsx' and p.format = 'pdf' and p.org_unit_code = x.org_unit_code and p.period_code = x.period_code
                """).update();
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theHomePageFitsA390PixelScreen() throws Exception {
        String base = "http://localhost:" + port;
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys("lanh-dao.tp");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.stacked button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().endsWith("/home"));
        JavascriptExecutor page = (JavascriptExecutor) browser;
        // the charts are images: wait until each has loaded and has a size
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> (Boolean) page.executeScript(
                "return Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)"));

        assertThat(((Number) page.executeScript("return window.innerWidth")).intValue()).isEqualTo(WIDTH);
        assertThat(((Number) page.executeScript("return document.documentElement.scrollWidth")).intValue())
                .as("nothing wider than the screen").isLessThanOrEqualTo(WIDTH);
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(text).contains("Báo cáo của Thành phố Bắc Kạn", "Tháng 11/2024", "Phường Đức Xuân", "Mở PDF",
                "Số liệu chính: Tháng 11/2024");
        assertThat(((Number) page.executeScript("return document.images.length")).intValue()).isGreaterThanOrEqualTo(1);
        assertThat(((Number) page.executeScript("return Math.max(...Array.from(document.images).map(i => i.getBoundingClientRect().right))"))
                .doubleValue()).as("the charts fit the screen").isLessThanOrEqualTo(WIDTH);

        // the whole page at once, for a person to look at
        long height = ((Number) page.executeScript("return document.documentElement.scrollHeight")).longValue();
        ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", height, "deviceScaleFactor", 2, "mobile", true));
        Path shot = Path.of("target/screenshots/home-390.png");
        Files.createDirectories(shot.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(shot)).isPositive();
    }
}
