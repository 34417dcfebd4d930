package heapquest.engine;

import java.util.List;

/** Runs a source string on the engine with the default limits and returns what it printed. */
public final class Output {
    private Output() {
    }

    public static String of(String source) {
        return Engine.run(source, Limits.DEFAULT, List.of()).output();
    }
}
