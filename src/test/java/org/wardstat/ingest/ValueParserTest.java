package org.wardstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.wardstat.ingest.ValueParser.Fault;
import org.wardstat.ingest.ValueParser.Number;

class ValueParserTest {

    private static BigDecimal number(String cell, boolean integerOnly) {
        return ((Number) ValueParser.parse(cell, integerOnly)).value();
    }

    @Test
    void readsCountsWithVietnameseThousandsSeparators() {
        assertThat(number("24", true)).isEqualByComparingTo("24");
        assertThat(number("1.234", true)).isEqualByComparingTo("1234");
        assertThat(number("47.062.000", true)).isEqualByComparingTo("47062000");
        assertThat(number(" 7 ", true)).isEqualByComparingTo("7");
        assertThat(number("0", true)).isEqualByComparingTo("0");
    }

    @Test
    void readsDecimalsWrittenEitherWay() {
        assertThat(number("0,35", false)).isEqualByComparingTo("0.35");
        assertThat(number("1.234,5", false)).isEqualByComparingTo("1234.5");
        assertThat(number("0.35", false)).isEqualByComparingTo("0.35");
        assertThat(number("265,0", false)).isEqualByComparingTo("265");
    }

    @Test
    void namesWhatIsWrongWithABadCell() {
        assertThat(ValueParser.parse("-2", true)).isEqualTo(Fault.NEGATIVE);
        assertThat(ValueParser.parse("\u22122", true)).isEqualTo(Fault.NEGATIVE);
        assertThat(ValueParser.parse("1,5", true)).isEqualTo(Fault.NOT_AN_INTEGER);
        assertThat(ValueParser.parse("2.5", true)).isEqualTo(Fault.NOT_AN_INTEGER);
        assertThat(ValueParser.parse("nhiều", true)).isEqualTo(Fault.NOT_A_NUMBER);
        assertThat(ValueParser.parse("12a", true)).isEqualTo(Fault.NOT_A_NUMBER);
        assertThat(ValueParser.parse("0,123456", false)).isEqualTo(Fault.TOO_MANY_DECIMALS);
    }

    /** numeric(16, 4): twelve digits before the point, four after; more would overflow the column and fail the file. */
    @Test
    void aValueTheDatabaseCannotHoldIsTooLarge() {
        assertThat(number("999.999.999.999", true)).isEqualByComparingTo("999999999999");
        assertThat(number("999999999999,9999", false)).isEqualByComparingTo("999999999999.9999");
        assertThat(ValueParser.parse("1234567890123", true)).isEqualTo(Fault.TOO_LARGE);
        assertThat(ValueParser.parse("1.000.000.000.000", true)).isEqualTo(Fault.TOO_LARGE);
        assertThat(ValueParser.parse("1000000000000,5", false)).isEqualTo(Fault.TOO_LARGE);
    }

    @Test
    void aWholeNumberWrittenWithZeroDecimalsIsStillACount() {
        assertThat(number("12,0", true)).isEqualByComparingTo("12");
    }
}
