package heapquest.progress;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConceptStatsTest {
    private static final double EPS = 1e-12;

    @Test
    void masteryIsTheSmoothedRatio() {
        assertEquals(0.5, ConceptStats.NONE.mastery(), EPS);                   // unknown
        assertEquals(2.0 / 3, new ConceptStats(1, 1).mastery(), EPS);         // one lucky answer is not 100 %
        assertEquals(1.0 / 3, new ConceptStats(1, 0).mastery(), EPS);
        assertEquals(4.0 / 7, new ConceptStats(5, 3).mastery(), EPS);
        assertEquals(91.0 / 102, new ConceptStats(100, 90).mastery(), EPS);   // tends to 0.9
    }

    @Test
    void masteryStaysStrictlyBetweenZeroAndOne() {
        for (int asked = 0; asked <= 50; asked++) {
            for (int right = 0; right <= asked; right++) {
                double m = new ConceptStats(asked, right).mastery();
                assertTrue(m > 0 && m < 1, asked + "/" + right + " -> " + m);
            }
        }
    }

    @Test
    void countsAccumulate() {
        ConceptStats s = ConceptStats.NONE.plusAnswer(true).plusAnswer(false).plus(new ConceptScore(2, 3));
        assertEquals(new ConceptStats(5, 3), s);
    }

    @Test
    void impossibleCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ConceptStats(1, 2));
        assertThrows(IllegalArgumentException.class, () -> new ConceptStats(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ConceptScore(3, 2));
    }
}
