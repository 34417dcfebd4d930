package heapquest.tui.game;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import java.util.Optional;

/**
 * The keys that answer a question from a list or a typed field, on any screen that asks one: what
 * a key does to the input, or the answer it submits. Keys it does not take come back empty, free
 * for the screen's own commands (so q still leaves while a list is shown, but is a letter in a
 * text field).
 */
final class AnswerKeys {
    private AnswerKeys() {}

    /** What a key did. */
    sealed interface Outcome {
        /** The input changed (a choice moved, a letter typed). */
        record Edited(Input input) implements Outcome {}

        /** The player answered this (the choice's text, the typed text, the picked labels). */
        record Submitted(String given) implements Outcome {}

        /** Nothing to submit yet; tell the player why. */
        record Note(String text) implements Outcome {}
    }

    /** Handles pick, several and field inputs; objects picked in the heap are the play screen's. */
    static Optional<Outcome> key(Input in, KeyStroke k) {
        if (in instanceof Input.Pick pick) {
            return pick(pick, k);
        }
        if (in instanceof Input.Several several) {
            return several(several, k);
        }
        if (in instanceof Input.Field f) {
            return field(f, k);
        }
        return Optional.empty();
    }

    private static Optional<Outcome> pick(Input.Pick pick, KeyStroke k) {
        KeyType t = k.getKeyType();
        if (t == KeyType.ArrowUp || t == KeyType.ArrowDown) {
            return edited(pick.move(t == KeyType.ArrowUp ? -1 : 1));
        }
        if (t == KeyType.Enter) {
            return Optional.of(new Outcome.Submitted(pick.chosen()));
        }
        int n = digit(k, pick.options().size());
        if (n >= 0) {
            return edited(new Input.Pick(pick.options(), n));
        }
        char ch = k.getKeyType() == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()
                ? Character.toLowerCase(k.getCharacter()) : 0;
        if (ch == 'y' || ch == 'n') {
            int i = pick.options().indexOf(ch == 'y' ? "yes" : "no");
            if (i >= 0) {
                return edited(new Input.Pick(pick.options(), i));
            }
        }
        return Optional.empty();
    }

    private static Optional<Outcome> several(Input.Several s, KeyStroke k) {
        KeyType t = k.getKeyType();
        if (t == KeyType.ArrowUp || t == KeyType.ArrowDown) {
            return edited(s.move(t == KeyType.ArrowUp ? -1 : 1));
        }
        if (t == KeyType.Enter) {
            return Optional.of(new Outcome.Submitted(s.chosen()));
        }
        if (Play.isChar(k, ' ') || Play.isChar(k, 'x')) {
            return edited(s.toggle(s.index()));
        }
        int n = digit(k, s.options().size());
        return n >= 0 ? edited(s.toggle(n)) : Optional.empty();
    }

    private static Optional<Outcome> field(Input.Field f, KeyStroke k) {
        boolean empty = f.text().isEmpty();
        Input.Field n = switch (k.getKeyType()) {
            case Character -> !k.isCtrlDown() && !k.isAltDown() && f.accepts(k.getCharacter())
                    ? f.insert(k.getCharacter()) : null;
            case Backspace -> f.backspace();
            case Delete -> f.delete();
            case ArrowLeft -> empty ? null : f.move(-1);
            case ArrowRight -> empty ? null : f.move(1);
            case Home -> empty ? null : f.home();
            case End -> empty ? null : f.end();
            case Escape -> empty ? null : f.clear();
            default -> null;
        };
        if (k.getKeyType() == KeyType.Enter) {
            return Optional.of(f.text().isBlank() ? new Outcome.Note("Type your answer, then Enter.")
                    : new Outcome.Submitted(f.text().strip()));
        }
        return n == null ? Optional.empty() : edited(n);
    }

    private static Optional<Outcome> edited(Input in) {
        return Optional.of(new Outcome.Edited(in));
    }

    /** The option a digit key 1-9 names (0-based), or -1. */
    private static int digit(KeyStroke k, int options) {
        if (k.getKeyType() != KeyType.Character || k.isCtrlDown() || k.isAltDown()) {
            return -1;
        }
        char ch = k.getCharacter();
        return ch >= '1' && ch <= '9' && ch - '1' < options ? ch - '1' : -1;
    }
}
