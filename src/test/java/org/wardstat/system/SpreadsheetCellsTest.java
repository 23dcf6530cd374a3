package org.wardstat.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void aCellThatASpreadsheetWouldRunIsWrittenAsText() {
        assertThat(SpreadsheetCells.neutral("=HYPERLINK(\"http://x\";\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\";\"y\")");
        assertThat(SpreadsheetCells.neutral("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(SpreadsheetCells.neutral("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCells.neutral("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(SpreadsheetCells.neutral("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SpreadsheetCells.neutral("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void theRuleIsPerCellAndOtherCellsAreLeftAsTheyAre() {
        assertThat(SpreadsheetCells.neutral("-2")).as("a cell that is a negative number is a cell that begins with -").isEqualTo("'-2");
        assertThat(SpreadsheetCells.neutral("phung-chi-kien,2024-12,-2,=1")).isEqualTo("phung-chi-kien,2024-12,-2,=1");
        assertThat(SpreadsheetCells.neutral("Phường Đức Xuân")).isEqualTo("Phường Đức Xuân");
        assertThat(SpreadsheetCells.neutral(7L)).isEqualTo("7");
        assertThat(SpreadsheetCells.neutral("")).isEmpty();
        assertThat(SpreadsheetCells.neutral((Object) null)).isEmpty();
        assertThat(SpreadsheetCells.neutral("a", "=b", 3)).containsExactly("a", "'=b", "3");
    }
}
