package heapquest.cli;

import heapquest.engine.Engine;
import heapquest.engine.Limits;
import heapquest.engine.syntax.SourceError;
import heapquest.engine.trace.Trace;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The program a command runs ({@code FILE} and {@code --max-steps}, a picocli mixin): reads it and
 * runs it on the engine, turning every way that can fail into one line on stderr and an exit code
 * (2: the file cannot be read, 1: the program is outside the subset).
 */
final class ProgramFile {
    @Parameters(paramLabel = "FILE", description = "The Python program (the supported subset of Python 3).")
    Path file;

    @Option(names = "--max-steps", description = "Stop the program after this many steps (default: ${DEFAULT-VALUE}).",
            defaultValue = "2000000")
    long maxSteps;

    private int exitCode;

    /** The trace, or empty after printing why there is none ({@link #exitCode()} says how it failed). */
    Optional<Trace> run() throws IOException {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return fail(2, "heapquest: " + file + ": no such file");
        } catch (MalformedInputException e) {
            return fail(2, "heapquest: " + file + ": not a UTF-8 text file");
        }
        try {
            return Optional.of(Engine.run(file.toString(), source, Limits.DEFAULT.withMaxSteps(maxSteps), List.of()));
        } catch (SourceError e) {
            return fail(1, e.format(file.toString()));
        }
    }

    private Optional<Trace> fail(int code, String message) {
        System.err.println(message);
        exitCode = code;
        return Optional.empty();
    }

    int exitCode() {
        return exitCode;
    }
}
