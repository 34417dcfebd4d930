package heapquest.tui;

import heapquest.cli.ExploreCommand;
import picocli.CommandLine;

/**
 * Starts {@code heapquest explore} without Main, for the end-to-end test and the startup benchmark
 * while Main does not register the command yet (Main belongs to the cli owner).
 */
public final class Launch {
    public static void main(String[] args) {
        System.exit(new CommandLine(new ExploreCommand()).execute(args));
    }
}
