package heapquest.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The keys of the viewer, in one table that both the input handling and the help overlay read, so
 * the help can never disagree with what the keys do. Alt is never required (macOS terminals often
 * lack it, TECH-NOTES §1.6); an Alt+key is split into Esc then the key before it gets here.
 */
public final class KeyMap {

    /** One line of the help: the keys as shown, what they do, and which strokes match. */
    public record Binding(String keys, Action action, String description, String group, Predicate<KeyStroke> matches) {}

    private final List<Binding> bindings;

    private KeyMap(List<Binding> bindings) {
        this.bindings = bindings;
    }

    public List<Binding> bindings() {
        return bindings;
    }

    public Optional<Action> action(KeyStroke k) {
        for (Binding b : bindings) {
            if (b.matches().test(k)) {
                return Optional.of(b.action());
            }
        }
        return Optional.empty();
    }

    static Predicate<KeyStroke> ch(char... cs) {
        return k -> {
            if (k.getKeyType() != KeyType.Character || k.isCtrlDown() || k.isAltDown()) {
                return false;
            }
            for (char c : cs) {
                if (k.getCharacter() == c) {
                    return true;
                }
            }
            return false;
        };
    }

    static Predicate<KeyStroke> type(KeyType t) {
        return k -> k.getKeyType() == t && !k.isAltDown() && !k.isShiftDown() && !k.isCtrlDown();
    }

    static Predicate<KeyStroke> shifted(KeyType t) {
        return k -> k.getKeyType() == t && k.isShiftDown();
    }

    static Predicate<KeyStroke> ctrl(char c) {
        return k -> k.getKeyType() == KeyType.Character && k.isCtrlDown() && Character.toLowerCase(k.getCharacter()) == c;
    }

    static Predicate<KeyStroke> fkey(KeyType t) {
        return k -> k.getKeyType() == t;
    }

    /**
     * Playing a level: the explorer's keys plus c (run to the next question), h (hint), l (lesson);
     * q and Esc go back to the level map. While an answer is being typed, letters are the answer's:
     * F1 and F2 then give the hint and the lesson.
     */
    public static KeyMap play(boolean ascii) {
        List<Binding> out = new java.util.ArrayList<>();
        String step = "Stepping";
        String q = "Questions";
        out.add(new Binding("c", Action.CONTINUE, "run to the next question (or the end)", step, ch('c')));
        for (Binding b : explore(ascii).bindings()) {
            if (b.action() == Action.QUIT) {
                out.add(new Binding("q  Esc", Action.QUIT, "back to the level map (your progress is kept)", b.group(),
                        ch('q', 'Q')));
                out.add(new Binding("Ctrl+C", Action.QUIT, "quit the game (progress kept)", b.group(), ctrl('c')));
            } else if (b.action() == Action.BACK) {
                out.add(new Binding("Esc", Action.BACK, "", b.group(), b.matches()));
            } else {
                out.add(b);
            }
        }
        out.add(new Binding("h  F1", Action.HINT, "a hint for the question", q, ch('h').or(fkey(KeyType.F1))));
        out.add(new Binding("l  F2", Action.LESSON, "read the lesson again", q, ch('l').or(fkey(KeyType.F2))));
        return new KeyMap(List.copyOf(out));
    }

    /** Lines for the help that are not single actions: how to answer each kind of question. */
    public static List<Binding> answering(boolean ascii) {
        String q = "Questions";
        Predicate<KeyStroke> none = k -> false;
        return List.of(
                new Binding("1-9  " + (ascii ? "Up/Down" : "↑ ↓"), null, "pick a choice (y / n for yes and no)", q, none),
                new Binding("type", null, "a number or an address (0x7f..., or decimal); text for values", q, none),
                new Binding("Tab  space", null, "which are freed: move over the boxes, pick with space", q, none),
                new Binding("Enter", null, "answer; then Enter again to go on", q, none));
    }

    public static KeyMap explore(boolean ascii) {
        String right = ascii ? "Right" : "→";
        String left = ascii ? "Left" : "←";
        String updown = ascii ? "Up/Down" : "↑ ↓";
        String step = "Stepping";
        String view = "Looking around";
        String gen = "General";
        return new KeyMap(List.of(
                new Binding(right + "  n  Enter", Action.NEXT, "run one line", step,
                        type(KeyType.ArrowRight).or(ch('n')).or(type(KeyType.Enter))),
                new Binding(left + "  p  Backspace", Action.PREV, "step back one line (time travel)", step,
                        type(KeyType.ArrowLeft).or(ch('p')).or(type(KeyType.Backspace))),
                new Binding("Home  g", Action.RESTART, "back to the first line", step, type(KeyType.Home).or(ch('g'))),
                new Binding("End  G", Action.END, "jump to the end of the program", step, type(KeyType.End).or(ch('G'))),
                new Binding("space", Action.PLAY, "auto-play on / off", step, ch(' ')),
                new Binding("+  -", Action.FASTER, "auto-play faster / slower", step, ch('+', '=')),
                new Binding("-", Action.SLOWER, "", step, ch('-', '_')),
                new Binding("s", Action.SKIP, "skip the animation", step, ch('s')),
                new Binding(updown + "  j k", Action.SCROLL_DOWN, "scroll the heap", view,
                        type(KeyType.ArrowDown).or(ch('j'))),
                new Binding(updown, Action.SCROLL_UP, "", view, type(KeyType.ArrowUp).or(ch('k'))),
                new Binding("PgUp  PgDn", Action.PAGE_DOWN, "scroll the heap by a page", view, type(KeyType.PageDown)),
                new Binding("PgUp", Action.PAGE_UP, "", view, type(KeyType.PageUp)),
                new Binding("[  ]", Action.PAN_LEFT, "pan the heap left / right (also Shift+" + left + " " + right + ")", view,
                        ch('[', '<').or(shifted(KeyType.ArrowLeft))),
                new Binding("]", Action.PAN_RIGHT, "", view, ch(']', '>').or(shifted(KeyType.ArrowRight))),
                new Binding("Tab  Shift+Tab", Action.SELECT_NEXT, "select an object: who holds it?", view,
                        type(KeyType.Tab)),
                new Binding("Shift+Tab", Action.SELECT_PREV, "", view, type(KeyType.ReverseTab).or(shifted(KeyType.Tab))),
                new Binding("i", Action.INTERNALS, "show the interpreter's objects too (code, interned names)", view,
                        ch('i')),
                new Binding("?", Action.HELP, "this help", gen, ch('?')),
                new Binding("Esc", Action.BACK, "close, unselect, or leave", gen, type(KeyType.Escape)),
                new Binding("q  Ctrl+C", Action.QUIT, "quit", gen, ch('q', 'Q').or(ctrl('c'))),
                new Binding("Ctrl+L", Action.REDRAW, "redraw the screen", gen, ctrl('l'))));
    }
}
