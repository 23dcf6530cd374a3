package org.wardstat.report.excel;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/**
 * Native Excel charts (XDDF) over cells of the workbook, so they follow the figures. Every
 * series gets an explicit fill or line colour: LibreOffice draws a bar series without one
 * invisible. A series title points at its header cell with the sheet name.
 */
final class Charts {

    static final byte[] CURRENT = {(byte) 0x1F, (byte) 0x4E, (byte) 0x79};
    static final byte[] PRIOR = {(byte) 0xA6, (byte) 0xA6, (byte) 0xA6};
    static final byte[] BAND = {(byte) 0xC0, (byte) 0x50, (byte) 0x4D};
    static final byte[] RISE_BAD = {(byte) 0xC0, (byte) 0x39, (byte) 0x2B};
    static final byte[] FALL_GOOD = {(byte) 0x2E, (byte) 0x7D, (byte) 0x32};

    final XSSFChart chart;
    final XDDFCategoryAxis categories;
    final XDDFValueAxis values;

    /** A chart with a title, a legend below, a category and a value axis, placed over the given cells. */
    Charts(XSSFSheet sheet, String title, String valueAxis, int col1, int row1, int col2, int row2) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
        chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        // labels under the plot, not on the zero line where negative bars would cover them
        categories.setTickLabelPosition(AxisTickLabelPosition.LOW);
        values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        if (valueAxis != null && !valueAxis.isBlank()) {
            values.setTitle(valueAxis);
        }
        // a month without data is a gap, not a zero
        if (chart.getCTChart().isSetDispBlanksAs()) {
            chart.getCTChart().getDispBlanksAs().setVal(STDispBlanksAs.GAP);
        } else {
            chart.getCTChart().addNewDispBlanksAs().setVal(STDispBlanksAs.GAP);
        }
    }

    static XDDFNumericalDataSource<Double> numbers(XSSFSheet sheet, int column, int firstRow, int lastRow) {
        return XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(firstRow, lastRow, column, column));
    }

    /** The series' name from its header cell, referenced with the sheet name. */
    static void title(XDDFChartData.Series series, XSSFSheet sheet, int row, int column) {
        String name = sheet.getRow(row).getCell(column).getStringCellValue();
        series.setTitle(name, new CellReference(sheet.getSheetName(), row, column, true, true));
    }

    static XDDFSolidFillProperties solid(byte[] rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(rgb));
    }

    static void fill(XDDFChartData.Series series, byte[] rgb) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(solid(rgb));
        series.setShapeProperties(shape);
    }

    static void line(XDDFChartData.Series series, byte[] rgb, double width) {
        XDDFLineProperties line = new XDDFLineProperties();
        line.setFillProperties(solid(rgb));
        line.setWidth(width);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setLineProperties(line);
        shape.setFillProperties(solid(rgb));
        series.setShapeProperties(shape);
    }
}
