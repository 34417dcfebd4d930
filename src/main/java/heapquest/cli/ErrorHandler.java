package heapquest.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an unexpected exception into one line on stderr and exit code 1. The Java stack trace is
 * shown only when the user asked for it with --debug.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        var err = cli.getErr();
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println("heapquest: " + msg);
        if (parsed.hasMatchedOption("--debug")) {
            e.printStackTrace(err);
        } else {
            err.println("(run again with --debug for the details)");
        }
        err.flush();
        return 1;
    }
}
