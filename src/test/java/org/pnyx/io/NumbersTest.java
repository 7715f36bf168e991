package org.pnyx.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest
    @CsvSource({"0.5, false, 0.5", "0.1234564, false, 0.123456", "0.1234566, false, 0.123457", "3, false, 3",
        "-0.25, false, -0.25", "0.0000004, false, 0", "12.0000001, false, 12", "2.6, true, 3", "1234567.5, false, "
        + "1234567.5", "NaN, false, NaN"})
    void formatsLocaleFreeWithSixDecimals(double value, boolean count, String expected) {
        assertEquals(expected, Numbers.format(value, count));
    }
}
