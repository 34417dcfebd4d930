package heapquest.tui.game;

import java.util.List;

/** How the player is answering the question in front of them. */
public sealed interface Input {

    /** One of a few options (choices, or yes/no): by number or with the arrows. */
    record Pick(List<String> options, int index) implements Input {
        public Pick {
            options = List.copyOf(options);
        }

        public Pick move(int d) {
            return new Pick(options, Math.floorMod(index + d, options.size()));
        }

        public String chosen() {
            return options.get(index);
        }
    }

    /**
     * A typed answer with a cursor: a count, an address (hex or decimal), or any text (a repr, an
     * output). kind decides which characters it takes; the others stay free as command keys.
     */
    record Field(Kind kind, String text, int cursor) implements Input {
        public enum Kind { NUMBER, ADDRESS, TEXT }

        public static Field empty(Kind k) {
            return new Field(k, "", 0);
        }

        public boolean accepts(char c) {
            return switch (kind) {
                case NUMBER -> Character.isDigit(c) || c == '-' && cursor == 0;
                case ADDRESS -> Character.isDigit(c) || "abcdefABCDEFxX".indexOf(c) >= 0;
                case TEXT -> c >= ' ' && c != 0x7f;
            };
        }

        public Field insert(char c) {
            if (text.length() >= 200) {
                return this;
            }
            return new Field(kind, text.substring(0, cursor) + c + text.substring(cursor), cursor + 1);
        }

        public Field backspace() {
            return cursor == 0 ? this : new Field(kind, text.substring(0, cursor - 1) + text.substring(cursor), cursor - 1);
        }

        public Field delete() {
            return cursor >= text.length() ? this : new Field(kind, text.substring(0, cursor) + text.substring(cursor + 1), cursor);
        }

        public Field move(int d) {
            return new Field(kind, text, Math.max(0, Math.min(text.length(), cursor + d)));
        }

        public Field home() {
            return new Field(kind, text, 0);
        }

        public Field end() {
            return new Field(kind, text, text.length());
        }

        public Field clear() {
            return new Field(kind, "", 0);
        }
    }

    /** Objects picked in the heap (which are freed): the viewer draws the picks and the cursor. */
    record Objects() implements Input {}
}
