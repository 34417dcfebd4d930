package heapquest.quiz;

import heapquest.level.LevelPack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The quiz test pack (src/test/resources/quiz/pack): 5 levels, 15 questions, one concept a level mostly. */
final class QuizPacks {
    private QuizPacks() {}

    static Path root() {
        try {
            return Path.of(QuizPacks.class.getResource("/quiz/pack").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static LevelPack pack() {
        try {
            LevelPack p = LevelPack.load(root());
            if (!p.problems().isEmpty()) {
                throw new AssertionError("the quiz test pack has problems: " + p.problems());
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
