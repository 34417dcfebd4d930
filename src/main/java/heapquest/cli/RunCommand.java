package heapquest.cli;

import heapquest.engine.trace.Trace;
import heapquest.engine.trace.TraceJson;
import heapquest.engine.trace.TraceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code heapquest run FILE.py}: runs a program on the simulated heap and prints what python3 would. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a Python program on heapquest's simulated CPython heap.",
                "Prints what python3 FILE would print (ids are the engine's own addresses)."})
final class RunCommand implements Callable<Integer> {

    @Mixin
    ProgramFile program;

    @Option(names = "--trace", description = "Print the step-by-step log of heap events instead of the output.")
    boolean trace;

    @Option(names = "--json", description = "Print the whole trace as JSON (for tools).")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Optional<Trace> ran = program.run();
        if (ran.isEmpty()) {
            return program.exitCode();
        }
        Trace t = ran.get();
        // UTF-8 whatever the locale: the bytes pass through System.out unchanged.
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (json) {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            TraceJson.write(t, w);
            w.flush();
        } else if (trace) {
            TraceText.render(t, out);
        } else {
            out.print(t.output());
        }
        out.flush();
        System.err.print(t.errorOutput());
        System.err.flush();
        return t.exitCode();
    }
}
