package heapquest.cli;

import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The levels folder ({@code --levels DIR}, default {@code ./levels}): a picocli mixin for the commands that read the pack. */
final class LevelsFolder {
    @Option(names = "--levels", paramLabel = "DIR", description = "The levels folder (default: ./levels).")
    Path levels = Path.of("levels");

    boolean exists() {
        return Files.isDirectory(levels);
    }

    /** Why there is no pack, in one line for stderr. */
    String missing() {
        return "heapquest: " + levels + ": no such folder (run from the folder that holds levels/, or name it: "
                + "heapquest play --levels DIR)";
    }
}
