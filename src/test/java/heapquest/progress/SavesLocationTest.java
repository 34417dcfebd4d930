package heapquest.progress;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SavesLocationTest {

    @Test
    void optionWins() {
        assertEquals(new SavesLocation(Path.of("/tmp/opt"), SavesLocation.Source.OPTION),
                SavesLocation.resolve("/tmp/opt", Map.of("HEAPQUEST_SAVES", "/tmp/env")));
    }

    @Test
    void environmentIsNext() {
        assertEquals(new SavesLocation(Path.of("/tmp/env"), SavesLocation.Source.ENVIRONMENT),
                SavesLocation.resolve(null, Map.of("HEAPQUEST_SAVES", "/tmp/env")));
    }

    @Test
    void defaultIsSavesInTheWorkingDirectory() {
        assertEquals(new SavesLocation(Path.of("saves"), SavesLocation.Source.DEFAULT),
                SavesLocation.resolve(null, Map.of("HOME", "/home/x")));
        assertEquals(Path.of("saves"), SavesLocation.resolve(null, null).directory());
    }

    @Test
    void blankValuesCountAsAbsent() {
        assertEquals(SavesLocation.Source.ENVIRONMENT,
                SavesLocation.resolve("  ", Map.of("HEAPQUEST_SAVES", "env")).source());
        assertEquals(SavesLocation.Source.DEFAULT,
                SavesLocation.resolve("", Map.of("HEAPQUEST_SAVES", "")).source());
    }

    @Test
    void sourcesHaveLabels() {
        assertEquals("--saves", SavesLocation.Source.OPTION.label());
        assertEquals("HEAPQUEST_SAVES", SavesLocation.Source.ENVIRONMENT.label());
    }
}
