package heapquest.level;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every level of the bundled pack (levels/ at the repository root) loads, validates, and gets an
 * answer for every question from the engine. The pack is written separately; while it is empty this
 * checks the empty pack loads.
 */
class BundledLevelsTest {

    private static final Path LEVELS = Fixtures.root().resolve("levels");

    @Test
    void everyBundledLevelValidatesAndIsAnswered() throws IOException {
        assertTrue(Files.isDirectory(LEVELS), LEVELS.toString());
        LevelPack pack = LevelPack.load(LEVELS);
        assertEquals(List.of(), pack.problems());
        if (pack.levels().isEmpty()) {
            return;
        }
        Validator.Report r = new Validator().validate(List.of(LEVELS));
        assertEquals(List.of(), r.problems().stream().map(Problem::format).toList());
        for (Solution s : r.solutions()) {
            assertEquals(s.level().questions().size(), s.solved().size(), s.level().id());
        }
        assertEquals(pack.levels().size(), r.solutions().size());
    }
}
