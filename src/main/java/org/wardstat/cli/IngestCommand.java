package org.wardstat.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;

import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.ingest.FormProfile;
import org.wardstat.ingest.IngestResult;
import org.wardstat.ingest.IngestService;
import org.wardstat.ingest.PeriodParser;
import org.wardstat.system.WardstatProperties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "ingest", aliases = "load", mixinStandardHelpOptions = true,
        description = {"Nạp tệp số liệu tháng của các phường (CSV hoặc Excel): mẫu của wardstat, hoặc bảng các phường tự lập "
                + "(có tiêu đề, tên phường, chỉ tiêu theo dòng, dòng tổng cộng).",
                "Load monthly ward statistics files: wardstat's template, or sheets as wards make them. Loading the same file again changes nothing.",
                "Exit code 3 when some rows were rejected; they are listed, with reasons, in the reject file."})
class IngestCommand implements Callable<Integer> {

    @ParentCommand
    WardstatCli root;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Tệp CSV hoặc Excel (.xlsx) cần nạp. Files to load.")
    List<Path> files;

    @Option(names = "--sheet", paramLabel = "NAME",
            description = "Chỉ đọc trang tính này của tệp Excel (mặc định: mọi trang có số liệu). Only this workbook sheet.")
    String sheet;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Bảng mã của tệp văn bản, ví dụ UTF-8, UTF-16, windows-1258 (mặc định: tự nhận biết). Text encoding.")
    Charset encoding;

    @Option(names = "--period", paramLabel = "MONTH", converter = MonthConverter.class,
            description = {"Kỳ báo cáo của bảng không ghi tháng: 2024-11, 11/2024, T11/2024, Tháng 11/2024.",
                    "The month of sheets that do not state it."})
    YearMonth period;

    @Option(names = "--area", paramLabel = "CODE",
            description = "Tìm tên phường trong đơn vị này (mặc định: đơn vị tiêu đề ghi, hoặc cả danh mục). Where ward names are looked up.")
    String area;

    @Option(names = "--form", paramLabel = "NAME",
            description = {"Đọc theo biểu mẫu mô tả trong forms/NAME.form (hoặc một đường dẫn).",
                    "Read a layout described in forms/NAME.form (or a path)."})
    String form;

    @Override
    public Integer call() {
        try (Wardstat app = Wardstat.start(root.language)) {
            Catalog catalog = app.bean(CatalogRepository.class).load();
            if (area != null && catalog.unit(area).isEmpty()) {
                app.out.println(app.messages.get("cli.ingest.no-area", area));
                return 2;
            }
            FormProfile profile = null;
            if (form != null) {
                try {
                    profile = FormProfile.read(FormProfile.locate(form, app.bean(WardstatProperties.class).resolve("forms")), catalog,
                            app.messages);
                } catch (FormProfile.Invalid e) {
                    app.out.println(e.getMessage());
                    return 1;
                }
            }
            return ingest(app, files, new IngestService.Options(sheet, encoding, period, area, profile, null));
        }
    }

    /** A month as files write it, through the same parser as a period cell. */
    static final class MonthConverter implements CommandLine.ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            return PeriodParser.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "“" + value + "”: dùng 2024-11, 11/2024 hoặc T11/2024 (use 2024-11 or 11/2024)"));
        }
    }

    /** Loads each file and prints what happened; returns the exit code. */
    static int ingest(Wardstat app, List<Path> files, IngestService.Options options) {
        IngestService service = app.bean(IngestService.class);
        int exit = 0;
        for (Path file : files) {
            IngestResult result = service.ingest(file, options, app.messages);
            print(app, result);
            if (!result.ok()) {
                exit = 1;
            } else if (result.rowsRejected() > 0 && exit == 0) {
                exit = WardstatCli.REJECTED_ROWS;
            }
        }
        return exit;
    }

    static void print(Wardstat app, IngestResult result) {
        app.out.println(app.messages.get("cli.ingest.file", result.file().getFileName(),
                app.messages.get("outcome." + result.outcome().name().toLowerCase())));
        if (!result.ok()) {
            app.out.println("  " + result.message());
            return;
        }
        app.out.println("  " + app.messages.get("load.counts", result.rowsRead(), result.rowsLoaded(), result.rowsUpdated(),
                result.rowsUnchanged(), result.rowsRejected(), result.rowsWarned()));
        result.notes().forEach(note -> app.out.println("  " + note));
        if (result.rejectFile() != null) {
            app.out.println("  " + app.messages.get("load.rejects-at", result.rejectFile()));
        }
        if (result.warningFile() != null) {
            app.out.println("  " + app.messages.get("load.warnings-at", result.warningFile()));
        }
    }
}
