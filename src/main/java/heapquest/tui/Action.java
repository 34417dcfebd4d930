package heapquest.tui;

/** What a key does in the viewer; {@link KeyMap} says which keys. */
public enum Action {
    NEXT, PREV, RESTART, END, PLAY, FASTER, SLOWER, SKIP,
    SCROLL_UP, SCROLL_DOWN, PAGE_UP, PAGE_DOWN, PAN_LEFT, PAN_RIGHT,
    SELECT_NEXT, SELECT_PREV, INTERNALS, HELP, BACK, QUIT, REDRAW,
    /** Playing: run to the next question (or the end). */
    CONTINUE,
    /** Playing: show the hint of the question waiting. */
    HINT,
    /** Playing: read the level's lesson again. */
    LESSON
}
