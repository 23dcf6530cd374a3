package org.wardstat.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.system.Messages;

/**
 * The workbook an area sends its wards each month: a data sheet in exactly the layout wardstat
 * loads (one prefilled row per ward, one column per indicator that is typed in) and a sheet
 * of instructions. Texts are in the language of the messages given.
 */
public final class WardTemplateWorkbook {

    private WardTemplateWorkbook() {
    }

    /**
     * Writes the template. The file appears whole or not at all: it is written next to the
     * target and then moved over it, so a reader never sees half a workbook.
     *
     * @param area       the unit the wards belong to, named in the instructions
     * @param wards      one row each, in this order
     * @param indicators in catalog order; rates are left out (they are computed)
     */
    public static void write(Path target, OrgUnit area, List<OrgUnit> wards, List<Indicator> indicators,
            YearMonth period, Messages messages) throws IOException {
        TemplateContent content = new TemplateContent(area, wards, indicators, period, messages);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TemplateStyles styles = new TemplateStyles(workbook);
            DataSheet.write(workbook, styles, content);
            InstructionSheet.write(workbook, styles, content);
            workbook.setActiveSheet(0);
            workbook.getProperties().getCoreProperties().setTitle(content.text("instructions.title",
                    area.name(messages.isVietnamese()), content.periodText()));
            workbook.getProperties().getCoreProperties().setCreator("wardstat");
            save(workbook, target.toAbsolutePath());
        }
    }

    private static void save(XSSFWorkbook workbook, Path target) throws IOException {
        Path folder = target.getParent();
        Files.createDirectories(folder);
        // Not Files.createTempFile: its owner-only permissions would stay on the template.
        Path partial = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW)) {
                workbook.write(out);
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
