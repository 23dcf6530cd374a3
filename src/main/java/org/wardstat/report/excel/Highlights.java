package org.wardstat.report.excel;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.wardstat.catalog.Indicator;

/**
 * Conditional formatting: live, so a figure corrected in the workbook recolours itself. The
 * colours are Excel's own "good" and "bad" cell styles.
 */
final class Highlights {

    static final byte[] WARNING_FILL = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
    static final byte[] WARNING_FONT = {(byte) 0x9C, 0x00, 0x06};
    static final byte[] GOOD_FILL = {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE};
    static final byte[] GOOD_FONT = {0x00, 0x61, 0x00};
    static final byte[] NEUTRAL_FILL = {(byte) 0xE7, (byte) 0xE6, (byte) 0xE6};

    private Highlights() {
    }

    /**
     * Marks a change for the worse in the warning colour and one for the better in the good
     * colour. {@code change} is the change cell of the range's first row with its column fixed
     * ("$E5"); an empty change (missing data) stays uncoloured.
     */
    static void changes(XSSFSheet sheet, CellRangeAddress range, String change, Indicator.Better better) {
        if (better == Indicator.Better.NEUTRAL) {
            return;
        }
        XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        String rise = "AND(ISNUMBER(" + change + ")," + change + ">0)";
        String fall = "AND(ISNUMBER(" + change + ")," + change + "<0)";
        boolean riseIsBad = better == Indicator.Better.LOWER;
        XSSFConditionalFormattingRule warning = colour(formatting.createConditionalFormattingRule(riseIsBad ? rise : fall),
                WARNING_FILL, WARNING_FONT);
        XSSFConditionalFormattingRule good = colour(formatting.createConditionalFormattingRule(riseIsBad ? fall : rise),
                GOOD_FILL, GOOD_FONT);
        formatting.addConditionalFormatting(new CellRangeAddress[] {range}, warning, good);
    }

    /** Matrix marks: met in the good colour, not met in the warning colour, not assessed grey. */
    static void marks(XSSFSheet sheet, CellRangeAddress range, String met, String notMet, String notAssessed) {
        XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        formatting.addConditionalFormatting(new CellRangeAddress[] {range},
                colour(formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL, SheetWriter.literal(met)),
                        GOOD_FILL, GOOD_FONT),
                colour(formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL, SheetWriter.literal(notMet)),
                        WARNING_FILL, WARNING_FONT));
        formatting.addConditionalFormatting(new CellRangeAddress[] {range},
                colour(formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL, SheetWriter.literal(notAssessed)),
                        NEUTRAL_FILL, null));
    }

    /**
     * A ward's criteria outcomes: the met outcome in the good colour, any other outcome in the
     * warning colour. {@code outcome} is the range's first cell with its column fixed ("$D6").
     */
    static void outcomes(XSSFSheet sheet, CellRangeAddress range, String outcome, String met) {
        XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        String quoted = SheetWriter.literal(met);
        formatting.addConditionalFormatting(new CellRangeAddress[] {range},
                colour(formatting.createConditionalFormattingRule(outcome + "=" + quoted), GOOD_FILL, GOOD_FONT),
                colour(formatting.createConditionalFormattingRule("AND(" + outcome + "<>\"\"," + outcome + "<>" + quoted + ")"),
                        WARNING_FILL, WARNING_FONT));
    }

    private static XSSFConditionalFormattingRule colour(XSSFConditionalFormattingRule rule, byte[] fill, byte[] font) {
        rule.createPatternFormatting().setFillBackgroundColor(new XSSFColor(fill));
        if (font != null) {
            rule.createFontFormatting().setFontColor(new XSSFColor(font));
        }
        return rule;
    }
}
