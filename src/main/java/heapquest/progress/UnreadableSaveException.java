package heapquest.progress;

/**
 * A save's bytes cannot be turned into a profile. The message is a short reason for the player,
 * without the file name, e.g. "truncated JSON at line 3, column 10".
 */
final class UnreadableSaveException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableSaveException(String reason) {
        super(reason, null, false, false); // an expected outcome, not a bug: no stack trace needed
    }

    String reason() {
        return getMessage();
    }
}
