package heapquest.progress;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static heapquest.progress.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressSummaryTest {

    @Test
    void totalsPerChapterAndOverall() {
        Profile p = Profile.empty("alice")
                .answer("n1", List.of("binding"), true, false, T0).levelDone("n1", 10, T0)        // 3 stars
                .answer("n2", List.of("binding", "refcount"), false, true, T0).levelDone("n2", 10, T0) // 1 star
                .answer("h1", List.of("refcount"), true, false, T0)                                 // in progress
                .levelDone("gone", 10, T0);                                                          // 3, unlisted
        Map<String, String> chapters = new java.util.HashMap<>(Map.of("n1", "1 names", "n2", "1 names",
                "h1", "2 heap", "unplayed", "2 heap"));
        chapters.put("gone-but-null", null);

        ProgressSummary s = ProgressSummary.of(p, chapters);

        assertEquals(new ProgressSummary.Totals(4, 3, 1, 7, 4, 3, 2, 1), s.overall());
        assertEquals(Map.of(
                "1 names", new ProgressSummary.Totals(2, 2, 0, 4, 2, 2, 1, 1),
                "2 heap", new ProgressSummary.Totals(1, 0, 1, 0, 1, 1, 1, 0),
                ProgressSummary.UNLISTED, new ProgressSummary.Totals(1, 1, 0, 3, 1, 0, 0, 0)), s.chapters());
        assertEquals(List.of(ProgressSummary.UNLISTED, "1 names", "2 heap"), List.copyOf(s.chapters().keySet()));
        assertEquals(Map.of("binding", new ConceptStats(2, 1), "refcount", new ConceptStats(2, 1)), s.concepts());
        assertEquals(0, s.quizzes());
    }

    @Test
    void weakestConceptsFirst() {
        Profile p = new Profile("alice", Map.of(),
                Map.of("strong", new ConceptStats(10, 10), "weak", new ConceptStats(10, 1),
                        "unknown-b", new ConceptStats(0, 0), "unknown-a", new ConceptStats(0, 0)),
                List.of(new QuizResult(T0, 1, 0, 0, Map.of())));
        ProgressSummary s = ProgressSummary.of(p, Map.of());
        assertEquals(List.of("weak", "unknown-a", "unknown-b", "strong"), s.conceptsWeakestFirst());
        assertEquals(1, s.quizzes());
        assertEquals(ProgressSummary.Totals.ZERO, s.overall());
    }
}
