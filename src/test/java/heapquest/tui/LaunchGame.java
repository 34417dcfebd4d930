package heapquest.tui;

import heapquest.cli.PlayCommand;
import picocli.CommandLine;

/** Starts {@code heapquest play} without Main, for the end-to-end test (Main belongs to the cli owner). */
public final class LaunchGame {
    public static void main(String[] args) {
        System.exit(new CommandLine(new PlayCommand()).execute(args));
    }
}
