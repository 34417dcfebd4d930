package heapquest.engine.heap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** repr of floats and strings, checked against what CPython 3.11 prints. */
class ReprTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.0|1.0", "0.1|0.1", "0.30000000000000004|0.30000000000000004", "1e16|1e+16", "1.5e16|1.5e+16",
        "123456789012345.0|123456789012345.0", "1234567890123456.0|1234567890123456.0", "0.0001|0.0001",
        "0.00001|1e-05", "-0.0|-0.0", "3.75|3.75", "2.5e-10|2.5e-10", "1e100|1e+100", "100.0|100.0",
        "-1.25|-1.25", "3.141592653589793|3.141592653589793"})
    void floatRepr(double value, String expected) {
        assertEquals(expected, Repr.floatRepr(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "abc|'abc'", "it's|\"it's\"", "`say \"hi\"`|`'say \"hi\"'`", "`both ' and \"`|`'both \\' and \"'`",
        "`tab\there`|`'tab\\there'`"})
    void strRepr(String value, String expected) {
        assertEquals(expected, Repr.strRepr(value));
    }
}
