package heapquest.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Shared test values. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-11-25T10:15:00Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    private Fixtures() {
    }

    /** A profile in which every field has a non-default value. */
    static Profile full(String name) {
        LevelProgress done = new LevelProgress(LevelState.DONE, 0, 0, 2, 3, 1, 2, 2, 61_500L,
                Instant.parse("2026-11-20T08:00:00Z"), Instant.parse("2026-11-24T21:30:05.123Z"),
                Instant.parse("2026-11-24T21:30:05.123Z"));
        LevelProgress inProgress = new LevelProgress(LevelState.IN_PROGRESS, 7, 2, 1, 2, 0, 1, 0, null,
                Instant.parse("2026-11-25T09:00:00Z"), Instant.parse("2026-11-25T09:10:00Z"), null);
        QuizResult quiz = new QuizResult(Instant.parse("2026-11-25T09:30:00Z"), -4_242_424_242L, 5, 4,
                Map.of("refcount", new ConceptScore(2, 3), "small-int-cache", new ConceptScore(2, 2)));
        return new Profile(name,
                Map.of("names-1", done, "heap-2", inProgress, "removed-level", LevelProgress.NOT_STARTED),
                Map.of("refcount", new ConceptStats(5, 3), "small-int-cache", new ConceptStats(2, 2)),
                List.of(quiz));
    }
}
