package org.wardstat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wardstat.report.pdf.PdfReading;
import org.wardstat.users.Role;

/**
 * The whole way through in a real browser: Debian's headless Chromium signs in, loads a sample
 * statistics file, asks for the Bắc Kạn city report of 2024, follows its progress page to the
 * end and opens the PDF, whose text must carry the report's coverage sentence. Screenshots of
 * each page go to target/screenshots/. It runs in the Maven profile {@code services}
 * ({@code ./mvnw verify -Pservices}, as .ci/run does after installing Chromium); a plain
 * {@code ./mvnw verify} on a machine with only Java leaves it out by its tag, never by skipping.
 */
@Tag("browser")
class BrowserEndToEndTest extends WebTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    Path profile;

    WebDriver browser;

    @BeforeEach
    void startChromium() {
        // no skipping: without the browser this test fails and says what to install (.ci/run installs both)
        assertThat(Files.isExecutable(CHROMIUM)).as(CHROMIUM + " is missing: apt-get install chromium chromium-driver").isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER)).as(CHROMEDRIVER + " is missing: apt-get install chromium-driver").isTrue();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=vi", "--user-data-dir=" + profile);
        // the driver given by path, so Selenium Manager never looks for (or downloads) one
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        user("an.bk", Role.ANALYST, "tp-bac-kan", "Nguyễn Văn An");
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAnalystSignsInLoadsAFileAsksForAReportAndReadsItsPdf() throws Exception {
        String base = "http://localhost:" + port;
        browser.get(base + "/");
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/login");
        assertThat(browser.getTitle()).isEqualTo("Đăng nhập · wardstat");
        screenshot("login");
        browser.findElement(By.id("username")).sendKeys("an.bk");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.stacked button")).click();
        assertThat(pageWith("Kho báo cáo")).contains("Nguyễn Văn An", "Thành phố Bắc Kạn", "Cán bộ thống kê");

        browser.findElement(By.linkText("Nạp số liệu")).click();
        browser.findElement(By.id("file")).sendKeys(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv").toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form.stacked button")).click();
        assertThat(pageWith("Kết quả nạp tệp bac-kan-2022-2024.csv")).contains("Kết quả: đã nạp", "Không có dòng bị loại.");
        assertThat(browser.findElement(By.cssSelector("table.counts")).getText()).contains("Số dòng đọc 216", "Nạp mới 216", "Bị loại 0");
        screenshot("upload-result");

        browser.findElement(By.linkText("Lập báo cáo")).click();
        pageWith("Kỳ báo cáo");
        assertThat(browser.findElement(By.id("unit")).getAttribute("value")).isEqualTo("tp-bac-kan");
        browser.findElement(By.id("period")).sendKeys("2024");
        screenshot("report-form");
        browser.findElement(By.cssSelector("form.grid button")).click();
        pageWith("Lần chạy số");
        assertThat(browser.getCurrentUrl()).matches(base + "/runs/\\d+");
        screenshot("run-started");
        // the page reloads itself every 2 s while the run goes on
        new WebDriverWait(browser, Duration.ofSeconds(120), Duration.ofMillis(500)).ignoring(StaleElementReferenceException.class)
                .until(driver -> text().contains("Trạng thái") && !text().contains("Đang chạy"));
        assertThat(text()).contains("Báo cáo theo yêu cầu: Thành phố Bắc Kạn", "Năm 2024", "Hoàn thành", "1/1 báo cáo",
                "Báo cáo đã lập", "Mở PDF", "Tải Excel").doesNotContain("Lỗi");
        screenshot("run-finished");

        String pdfUrl = browser.findElement(By.linkText("Mở PDF")).getAttribute("href");
        Map<String, Object> fetched = fetch(pdfUrl);
        assertThat(fetched).containsEntry("status", 200L).containsEntry("type", "application/pdf");
        PdfReading pdf = PdfReading.of(Base64.getDecoder().decode((String) fetched.get("data")));
        assertThat(pdf.flowing()).contains("Thành phố Bắc Kạn", "Số phường có số liệu: 6/6 (cùng kỳ 6/6)");

        String archive = browser.getWindowHandle();
        browser.findElement(By.linkText("Mở PDF")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getWindowHandles().size() == 2);
        for (String window : browser.getWindowHandles()) {
            if (!window.equals(archive)) {
                browser.switchTo().window(window);
            }
        }
        assertThat(browser.getCurrentUrl()).isEqualTo(pdfUrl);
        Thread.sleep(1500); // the browser's PDF viewer draws the first page
        screenshot("pdf");
        browser.close();
        browser.switchTo().window(archive);

        browser.findElement(By.linkText("Các lần chạy")).click();
        assertThat(pageWith("Yêu cầu trên web")).contains("Báo cáo theo yêu cầu: Thành phố Bắc Kạn", "Nguyễn Văn An", "Hoàn thành");
        screenshot("runs");

        browser.findElement(By.linkText("Kho báo cáo")).click();
        pageWith("Tải Excel");
        assertThat(browser.findElements(By.cssSelector("table.list tbody tr"))).hasSize(1)
                .first().extracting(row -> row.getText()).asString().contains("Thành phố Bắc Kạn", "Năm 2024", "Tiếng Việt", "Mới nhất")
                .doesNotContain("Số liệu đã thay đổi sau khi lập", "Lập lại");
        screenshot("archive");
    }

    /** The file as the signed-in browser gets it: fetched inside the page, with the session's cookie, as base64. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String url) {
        Object result = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async response => {
                  const bytes = new Uint8Array(await response.arrayBuffer());
                  let binary = '';
                  for (let i = 0; i < bytes.length; i += 0x8000) {
                    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
                  }
                  done({status: response.status, type: response.headers.get('Content-Type'), data: btoa(binary)});
                }).catch(error => done({status: -1, type: String(error), data: ''}));
                """, url);
        return (Map<String, Object>) result;
    }

    /** The page's text once it shows {@code expected}: a click that submits a form returns before the next page is there. */
    private String pageWith(String expected) {
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(200)).ignoring(StaleElementReferenceException.class)
                .until(driver -> text().contains(expected));
        return text();
    }

    private String text() {
        try {
            return browser.findElement(By.tagName("body")).getText();
        } catch (WebDriverException e) {
            // Chromium's way of saying the page was replaced between finding its body and reading it (the run page reloads
            // itself): the stale element the waits already ignore, told in other words
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                throw new StaleElementReferenceException("the page was replaced while its text was read", e);
            }
            throw e;
        }
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
