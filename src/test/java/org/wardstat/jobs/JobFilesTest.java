package org.wardstat.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardstat.analytics.ReportingCalendar;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogFiles;
import org.wardstat.report.ReportService;
import org.wardstat.system.Messages;

class JobFilesTest {

    private static final Catalog CATALOG = new Catalog(CatalogFiles.readIndicators(Path.of("catalog/indicators.csv")),
            CatalogFiles.readOrgUnits(Path.of("sample-data/org-units.csv")));

    @TempDir
    Path folder;

    private static JobDefinition read(Path file, Messages messages) {
        // the shipped recipients file is read where it is; every other folder as if wardstat lived in /srv/wardstat
        return JobFiles.read(file, CATALOG, text -> text.startsWith("jobs/") || Path.of(text).isAbsolute() ? Path.of(text).toAbsolutePath()
                : Path.of("/srv/wardstat").resolve(text), ReportingCalendar.CALENDAR, messages);
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n");
    }

    @Test
    void theShippedMonthlyJobReportsOnBacKanFromItsInbox() {
        JobDefinition job = read(Path.of("jobs/monthly-province.job"), Messages.vietnamese());
        assertThat(job.name()).isEqualTo("monthly-province");
        assertThat(job.schedule().text()).isEqualTo("0 6 18 * *");
        assertThat(job.scope()).containsExactly("bac-kan");
        assertThat(job.inbox()).isEqualTo(Path.of("/srv/wardstat/inbox/bac-kan"));
        assertThat(job.period().kind()).isEqualTo(PeriodRule.Kind.PREVIOUS_MONTH);
        assertThat(job.reports()).containsExactly(JobDefinition.ReportKind.AREA, JobDefinition.ReportKind.DISTRICTS,
                JobDefinition.ReportKind.WARDS);
        assertThat(job.formats()).containsExactly(ReportService.Format.PDF, ReportService.Format.XLSX);
        assertThat(job.output()).isEqualTo(Path.of("/srv/wardstat/reports/jobs/monthly-province"));
        assertThat(job.catchUp()).isTrue();
        assertThat(job.recipients().file()).isEqualTo(Path.of("jobs/recipients/leaders.csv").toAbsolutePath());
        assertThat(job.recipients().users()).isFalse();
    }

    @Test
    void aWrongRecipientRowIsToldWithItsRowAndColumn() throws IOException {
        Path list = write("nguoi-nhan.csv", "unit,email,name", "tp-bac-kan,lanh.dao@example.invalid,Lãnh đạo",
                "duc-xuan,khong-phai-dia-chi,Trưởng Công an phường");
        Path job = write("thang.job", "title = Tháng", "schedule = 0 6 18 * *", "scope = tp-bac-kan", "period = previous-month",
                "recipients = users, " + list);
        assertThatThrownBy(() -> read(job, Messages.vietnamese())).isInstanceOf(JobFileException.class)
                .hasMessageEndingWith("dòng 5: danh sách người nhận không dùng được: Tệp nguoi-nhan.csv, dòng 3, cột email: "
                        + "“khong-phai-dia-chi” không phải địa chỉ thư điện tử");
        Files.writeString(list, "unit,email,name\ntp-bac-kan,lanh.dao@example.invalid,Lãnh đạo\n");
        assertThat(read(job, Messages.vietnamese()).recipients()).isEqualTo(new org.wardstat.distribution.RecipientList(list, true));
    }

    @Test
    void theShippedConferenceJobReportsTheYearOnFourProvincesAndTheirDistricts() {
        JobDefinition job = read(Path.of("jobs/yearly-conference.job"), Messages.vietnamese());
        assertThat(job.scope()).containsExactly("bac-kan", "ha-noi", "binh-phuoc", "thanh-hoa");
        assertThat(job.inbox()).isNull();
        assertThat(job.period().kind()).isEqualTo(PeriodRule.Kind.PREVIOUS_YEAR);
        // the area reports of the provinces and of every district and city below them, no ward briefings
        List<String> units = RunPlan.units(job, CATALOG, org.wardstat.analytics.Window.year(2025));
        assertThat(units).startsWith("bac-kan", "ha-noi", "binh-phuoc", "thanh-hoa").contains("tp-bac-kan", "ba-dinh", "dong-xoai")
                .doesNotContain("duc-xuan");
    }

    @Test
    void aBadScheduleIsReportedWithFileAndLine() throws IOException {
        Path file = write("monthly.job", "# comment", "title = Tháng", "schedule = 0 6 32 * *", "scope = bac-kan", "period = previous-month");
        assertThatThrownBy(() -> read(file, Messages.vietnamese()))
                .isInstanceOf(JobFileException.class)
                .hasMessageStartingWith(file + ", dòng 3: giá trị “0 6 32 * *” của “schedule” không hợp lệ")
                .satisfies(e -> assertThat(((JobFileException) e).line()).isEqualTo(3));
    }

    @Test
    void eachKindOfMistakeNamesItsLine() throws IOException {
        assertThatThrownBy(() -> read(write("a.job", "title = A", "shedule = 0 6 18 * *"), Messages.vietnamese()))
                .hasMessageContaining("a.job, dòng 2: khóa “shedule” không có; các khóa dùng được: calendar, catch-up, formats");
        assertThatThrownBy(() -> read(write("b.job", "title = B", "schedule = 0 6 18 * *", "scope = bac-kan, hai-phong",
                "period = previous-month"), Messages.vietnamese()))
                .hasMessageContaining("b.job, dòng 3: đơn vị “hai-phong” không có trong danh mục đơn vị");
        assertThatThrownBy(() -> read(write("c.job", "title = C", "schedule = 0 6 18 * *", "scope = bac-kan",
                "period = last-month"), Messages.vietnamese()))
                .hasMessageContaining("c.job, dòng 4: giá trị “last-month” của “period” không có; chọn một trong: previous-month,");
        assertThatThrownBy(() -> read(write("d.job", "title = D", "title = E"), Messages.vietnamese()))
                .hasMessageContaining("d.job, dòng 2: khóa “title” đã có ở dòng 1");
        assertThatThrownBy(() -> read(write("e.job", "title = E", "schedule = 0 6 18 * *", "scope = bac-kan", "period = previous-month",
                "formats = pdf, docx"), Messages.vietnamese()))
                .hasMessageContaining("e.job, dòng 5: giá trị “docx” của “formats” không có; chọn một trong: pdf, xlsx");
        assertThatThrownBy(() -> read(write("f.job", "schedule = 0 6 18 * *", "scope = bac-kan", "period = previous-month"),
                Messages.vietnamese()))
                .hasMessage(folder.resolve("f.job") + ": thiếu khóa “title”");
        assertThatThrownBy(() -> read(write("g.job", "title: G"), Messages.vietnamese()))
                .hasMessageContaining("g.job, dòng 1: dòng này không có dạng “khóa = giá trị”: title: G");
    }

    @Test
    void errorsReadInEnglishOnRequest() throws IOException {
        Path file = write("monthly.job", "title = Monthly", "schedule = 0 6 18 * *", "scope = bac-kan", "period = previous-month",
                "catch-up = maybe");
        assertThatThrownBy(() -> read(file, Messages.forLanguage("en")))
                .hasMessage(file + ", line 5: there is no “maybe” for “catch-up”; choose one of: yes, no");
    }
}
