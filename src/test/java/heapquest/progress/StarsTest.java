package heapquest.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StarsTest {

    @ParameterizedTest(name = "{0} of {1} right first time, {2} hints -> {3} stars")
    @CsvSource({
            // all right, no hints: 3
            "3, 3, 0, 3",
            "1, 1, 0, 3",
            "0, 0, 0, 3",   // nothing to get wrong
            // all right but a hint: 2
            "3, 3, 1, 2",
            "0, 0, 1, 2",
            // at least two thirds: 2 (exactly 2/3 counts)
            "2, 3, 0, 2",
            "4, 6, 2, 2",
            "7, 10, 0, 2",
            // below two thirds: 1
            "1, 2, 0, 1",
            "6, 10, 0, 1",
            "0, 3, 0, 1",
            "0, 1, 5, 1",
    })
    void rule(int right, int questions, int hints, int stars) {
        assertEquals(stars, Stars.forFinishedAttempt(right, questions, hints));
    }

    @Test
    void impossibleAttemptsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Stars.forFinishedAttempt(4, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> Stars.forFinishedAttempt(-1, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> Stars.forFinishedAttempt(0, 0, -1));
    }
}
