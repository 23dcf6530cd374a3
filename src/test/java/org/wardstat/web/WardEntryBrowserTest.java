package org.wardstat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.analytics.Window;
import org.wardstat.ingest.IngestService;
import org.wardstat.report.ReportService;
import org.wardstat.report.pdf.PdfReading;
import org.wardstat.system.Messages;
import org.wardstat.users.Role;

/**
 * A ward clerk's month in a real browser (Debian's headless Chromium): sign in, open the month's
 * form, type the figures, see the checks a file would get (a count that is not whole, a value
 * ten times the ward's usual), correct them, save a draft, come back to it, submit it; then the
 * month's briefing is made as the monthly job makes it, and the clerk opens it from the archive
 * and reads the typed figures in the PDF. Screenshots go to target/screenshots/entry-*.png. Runs
 * in the Maven profile {@code services}, like {@link BrowserEndToEndTest}.
 */
@Tag("browser")
class WardEntryBrowserTest extends WebTest {

    @Autowired
    IngestService ingest;

    @Autowired
    ReportService reports;

    @TempDir
    Path profile;

    WebDriver browser;
    String base;

    @BeforeEach
    void aWardWithAHistoryAndItsClerk() {
        assertThat(Files.isExecutable(BrowserEndToEndTest.CHROMIUM)).as("apt-get install chromium chromium-driver").isTrue();
        assertThat(Files.isExecutable(BrowserEndToEndTest.CHROMEDRIVER)).as("apt-get install chromium-driver").isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserEndToEndTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1400", "--lang=vi", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserEndToEndTest.CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        base = "http://localhost:" + port;
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        user("ca.ducxuan", Role.CLERK, "duc-xuan", "Lục Thị Thu");
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aClerkEntersSavesAndSubmitsAMonthAndReadsItInTheBriefing() throws Exception {
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys("ca.ducxuan");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.stacked button")).click();
        assertThat(pageWith("Kho báo cáo")).contains("Lục Thị Thu", "Phường Đức Xuân", "Cán bộ nhập số liệu phường")
                .doesNotContain("Nạp số liệu", "Lập báo cáo");

        browser.findElement(By.linkText("Nhập số liệu")).click();
        pageWith("Mở biểu nhập");
        WebElement period = browser.findElement(By.id("period"));
        period.clear();
        period.sendKeys("01/2025");
        browser.findElement(By.cssSelector("form.grid button")).click();
        assertThat(pageWith("Phường Đức Xuân · Tháng 01/2025")).contains("Cùng kỳ 2024", "Nộp số liệu");
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/entry/duc-xuan/2025-01");

        type("social_order_crimes", "7,5");
        type("social_order_crimes_cleared", "5");
        type("traffic_accidents", "2");
        type("admin_procedures_received", "4000");
        type("admin_procedures_on_time", "3990");
        type("admin_procedures_early", "700");
        button("check");
        assertThat(pageWith("Kiểm tra: 1 lỗi")).contains("“7,5” không phải số nguyên: chỉ tiêu tính bằng vụ phải là số nguyên");
        screenshot("entry-error");

        type("social_order_crimes", "7");
        button("check");
        assertThat(pageWith("Kiểm tra: 0 lỗi")).contains("quy tắc ten-times-usual: giá trị 4.000 gấp hơn 10 lần mức thường thấy của phường");
        screenshot("entry-warning");

        type("admin_procedures_received", "400");
        type("admin_procedures_on_time", "399");
        type("admin_procedures_early", "70");
        button("save");
        assertThat(pageWith("Đã lưu nháp lúc")).doesNotContain("cảnh báo.");
        assertThat(count("select count(*) from entry_draft_value where org_unit_code = 'duc-xuan'")).isEqualTo(6);
        assertThat(count("select count(*) from observation where org_unit_code = 'duc-xuan' and period = date '2025-01-01'")).isZero();

        // away and back: the draft is in the database, not in the page
        browser.findElement(By.linkText("Nhập số liệu")).click();
        assertThat(pageWith("Các biểu đã lưu")).contains("Tháng 01/2025", "Nháp, chưa nộp");
        browser.findElement(By.linkText("Mở")).click();
        assertThat(pageWith("Bản nháp do ca.ducxuan lưu lúc")).contains("chưa nộp");
        assertThat(browser.findElement(By.id("social_order_crimes")).getAttribute("value")).isEqualTo("7");
        assertThat(browser.findElement(By.id("admin_procedures_received")).getAttribute("value")).isEqualTo("400");
        screenshot("entry-draft");

        button("submit");
        assertThat(pageWith("Đã nộp: số liệu đã được nạp.")).containsPattern("Đã nộp bởi ca.ducxuan lúc [0-9/: ]+ \\(lượt nạp #\\d+\\)");
        assertThat(browser.findElement(By.cssSelector("table.counts")).getText()).contains("Số dòng đọc 1", "Nạp mới 1", "Bị loại 0");
        assertThat(browser.findElement(By.cssSelector("table.entry")).getText()).contains("Tội phạm về trật tự xã hội (số vụ xảy ra) vụ");
        screenshot("entry-submitted");
        assertThat(jdbc.sql("select channel || ' ' || submitted_by from source_file where channel = 'web-form'").query(String.class).single())
                .isEqualTo("web-form ca.ducxuan");

        // the month's briefing, made as the monthly job makes it, then opened from the archive by the clerk
        assertThat(reportRun("duc-xuan", Window.parse("2025-01").orElseThrow(), "vi", EnumSet.of(ReportService.Format.PDF)).completed())
                .isTrue();
        browser.findElement(By.linkText("Kho báo cáo")).click();
        pageWith("Mở PDF");
        screenshot("entry-archive");
        String pdfUrl = browser.findElement(By.linkText("Mở PDF")).getAttribute("href");
        Map<String, Object> fetched = fetch(pdfUrl);
        assertThat(fetched).containsEntry("status", 200L);
        PdfReading pdf = PdfReading.of(Base64.getDecoder().decode((String) fetched.get("data")));
        assertThat(pdf.flowing()).contains("Phường Đức Xuân", "tháng 01/2025", "Tội phạm về trật tự xã hội xảy ra 7 vụ",
                "khám phá 5 vụ", "Tai nạn giao thông (số vụ) vụ 2 0 +2", "Hồ sơ thủ tục hành chính tiếp nhận hồ sơ 400");
    }

    private void type(String indicator, String value) {
        WebElement input = browser.findElement(By.id(indicator));
        input.clear();
        input.sendKeys(value);
    }

    private void button(String action) {
        browser.findElement(By.cssSelector("button[name=action][value=" + action + "]")).click();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String url) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async response => {
                  const bytes = new Uint8Array(await response.arrayBuffer());
                  let binary = '';
                  for (let i = 0; i < bytes.length; i += 0x8000) {
                    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
                  }
                  done({status: response.status, data: btoa(binary)});
                }).catch(error => done({status: -1, data: ''}));
                """, url);
    }

    private String pageWith(String expected) {
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(200)).ignoring(StaleElementReferenceException.class)
                .until(driver -> text().contains(expected));
        return text();
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(BrowserEndToEndTest.SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), BrowserEndToEndTest.SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
