package heapquest.tui.game;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import heapquest.level.Answer;
import heapquest.level.Level;
import heapquest.level.Solution;
import heapquest.level.Solved;
import heapquest.tui.Action;
import heapquest.tui.KeyMap;
import heapquest.tui.Msg;
import heapquest.tui.Session;
import heapquest.tui.UiOptions;
import heapquest.tui.Viewer;
import heapquest.tui.ViewerState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Playing a level, as pure functions: stepping stops at each question, the question panel takes
 * the keys its input needs (the rest still step, scroll and select), the checker's answer decides,
 * and the player sees the truth and the why whether they were right or not.
 */
public final class Play {
    private Play() {}

    /** Where an update leaves the player. */
    public enum Exit { STAY, MAP, QUIT }

    public record Result(PlayState play, Exit exit) {}

    public static PlayState start(Level level, Solution solution, LevelRecord record, UiOptions options, int columns,
                                  int rows) {
        List<String> lines = level.program().lines().subList(0, level.program().lineCount());
        Session session = Session.play(solution.trace(), level.title(), lines, options, KeyMap.play(options.ascii()));
        ViewerState v = Viewer.start(session, columns, rows);
        LevelRecord rec = record.completed() ? record.replay() : record;
        List<Asked> asked = new ArrayList<>();
        for (Solved s : solution.solved()) {
            List<Integer> steps = solution.trace().stepsAtLine(s.line());
            int occurrence = s.question().occurrence();
            if (steps.size() < occurrence) {
                continue; // the checker reports these as problems; a valid level has none
            }
            Asked a = Asked.of(s, steps.get(occurrence - 1));
            Boolean before = rec.answers().get(a.id());
            if (before != null) {
                a = a.answer(before ? "(answered before)" : "(answered before, not right)", before);
            }
            if (rec.hinted().contains(a.id())) {
                a = a.withHint();
            }
            asked.add(a);
        }
        asked.sort(Comparator.comparingInt(Asked::step)); // stable: the level's order within a step
        PlayState p = new PlayState(level, solution, v, asked, -1, false, 0, "", rec);
        return p.withViewer(v);
    }

    public static Result update(PlayState p, Msg msg) {
        if (msg instanceof Msg.Key k) {
            return key(p.withNote(""), k.stroke());
        }
        return new Result(p.withViewer(new Viewer().update(p.viewer(), msg)), Exit.STAY);
    }

    private static Result stay(PlayState p) {
        return new Result(p, Exit.STAY);
    }

    private static Result key(PlayState p, KeyStroke k) {
        ViewerState v = p.viewer();
        if (k.getKeyType() == KeyType.Character && k.isCtrlDown() && k.getCharacter() == 'c') {
            return new Result(p, Exit.QUIT);
        }
        if (p.lesson()) {
            return stay(lessonKey(p, k));
        }
        if (v.help()) {
            return stay(p.withViewer(new Viewer().update(v, new Msg.Key(k))));
        }
        if (p.feedback() >= 0) {
            boolean ack = k.getKeyType() == KeyType.Enter || isChar(k, ' ');
            p = p.withFeedback(-1).withViewer(v.withPicked(Set.of()));
            if (ack) {
                return stay(p);
            }
        }
        if (p.active()) {
            Optional<PlayState> consumed = answerKey(p, k);
            if (consumed.isPresent()) {
                return stay(consumed.get());
            }
        }
        Optional<Action> action = p.viewer().session().keys().action(k);
        if (action.isEmpty()) {
            return stay(p);
        }
        switch (action.get()) {
            case QUIT, BACK -> {
                if (action.get() == Action.BACK && p.viewer().selected() >= 0) {
                    return stay(p.withViewer(p.viewer().withSelected(-1)));
                }
                return new Result(p, Exit.MAP);
            }
            case CONTINUE -> {
                ViewerState n = Viewer.jump(p.viewer(), p.viewer().limit());
                return stay(p.withViewer(n).withNote(p.current() >= 0 ? "" : "The end of the program."));
            }
            case HINT -> {
                return stay(hint(p));
            }
            case LESSON -> {
                return stay(p.withLesson(true, 0));
            }
            case NEXT -> {
                if (p.viewer().atLimit() && p.current() >= 0) {
                    Asked a = p.asked().get(p.current());
                    return stay(p.withNote("Answer the question about line " + a.solved().line() + " first."));
                }
                return stay(p.withViewer(new Viewer().update(p.viewer(), new Msg.Key(k))));
            }
            default -> {
                return stay(p.withViewer(new Viewer().update(p.viewer(), new Msg.Key(k))));
            }
        }
    }

    private static PlayState lessonKey(PlayState p, KeyStroke k) {
        if (k.getKeyType() == KeyType.ArrowDown || isChar(k, 'j')) {
            return p.withLesson(true, p.lessonScroll() + 1);
        }
        if (k.getKeyType() == KeyType.ArrowUp || isChar(k, 'k')) {
            return p.withLesson(true, Math.max(0, p.lessonScroll() - 1));
        }
        boolean close = k.getKeyType() == KeyType.Escape || k.getKeyType() == KeyType.Enter || isChar(k, 'l')
                || isChar(k, 'q') || isChar(k, ' ') || k.getKeyType() == KeyType.F2;
        return close ? p.withLesson(false, 0) : p;
    }

    static boolean isChar(KeyStroke k, char c) {
        return k.getKeyType() == KeyType.Character && !k.isCtrlDown() && !k.isAltDown() && k.getCharacter() == c;
    }

    private static PlayState hint(PlayState p) {
        int c = p.current();
        if (c < 0) {
            return p.withNote("No question is waiting.");
        }
        Asked a = p.asked().get(c);
        String hint = a.solved().question().hint();
        if (hint == null || hint.isBlank()) {
            return p.withNote("No hint for this one: the lesson (l) may help.");
        }
        if (a.hinted()) {
            return p;
        }
        return p.withAsked(c, a.withHint()).withRecord(p.record().withHint(a.id()));
    }

    /** The keys of the input in front of the player; empty when the key is not the input's. */
    private static Optional<PlayState> answerKey(PlayState p, KeyStroke k) {
        int c = p.current();
        Asked a = p.asked().get(c);
        Input in = a.input();
        if (in instanceof Input.Pick pick) {
            return pickKey(p, c, a, pick, k);
        }
        if (in instanceof Input.Field f) {
            return fieldKey(p, c, a, f, k);
        }
        return objectsKey(p, c, a, k);
    }

    private static Optional<PlayState> pickKey(PlayState p, int c, Asked a, Input.Pick pick, KeyStroke k) {
        KeyType t = k.getKeyType();
        if (t == KeyType.ArrowUp) {
            return Optional.of(p.withAsked(c, a.withInput(pick.move(-1))));
        }
        if (t == KeyType.ArrowDown) {
            return Optional.of(p.withAsked(c, a.withInput(pick.move(1))));
        }
        if (t == KeyType.Enter) {
            return Optional.of(submit(p, c, pick.chosen(), a.solved().check(pick.chosen())));
        }
        if (t == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()) {
            char ch = Character.toLowerCase(k.getCharacter());
            if (ch >= '1' && ch <= '9' && ch - '1' < pick.options().size()) {
                return Optional.of(p.withAsked(c, a.withInput(new Input.Pick(pick.options(), ch - '1'))));
            }
            if (ch == 'y' || ch == 'n') {
                int i = pick.options().indexOf(ch == 'y' ? "yes" : "no");
                if (i >= 0) {
                    return Optional.of(p.withAsked(c, a.withInput(new Input.Pick(pick.options(), i))));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<PlayState> fieldKey(PlayState p, int c, Asked a, Input.Field f, KeyStroke k) {
        KeyType t = k.getKeyType();
        Input.Field n = null;
        switch (t) {
            case Character -> {
                if (!k.isCtrlDown() && !k.isAltDown() && f.accepts(k.getCharacter())) {
                    n = f.insert(k.getCharacter());
                }
            }
            case Backspace -> n = f.backspace();
            case Delete -> n = f.delete();
            case ArrowLeft -> n = f.text().isEmpty() ? null : f.move(-1);
            case ArrowRight -> n = f.text().isEmpty() ? null : f.move(1);
            case Home -> n = f.text().isEmpty() ? null : f.home();
            case End -> n = f.text().isEmpty() ? null : f.end();
            case Escape -> n = f.text().isEmpty() ? null : f.clear();
            case Enter -> {
                if (f.text().isBlank()) {
                    return Optional.of(p.withNote("Type your answer, then Enter."));
                }
                return Optional.of(submit(p, c, f.text().strip(), a.solved().check(f.text())));
            }
            default -> {
            }
        }
        return n == null ? Optional.empty() : Optional.of(p.withAsked(c, a.withInput(n)));
    }

    private static Optional<PlayState> objectsKey(PlayState p, int c, Asked a, KeyStroke k) {
        KeyType t = k.getKeyType();
        ViewerState v = p.viewer();
        if (t == KeyType.Tab || t == KeyType.ArrowDown || isChar(k, 'j')) {
            return Optional.of(p.withViewer(new Viewer().update(v, Msg.key(KeyType.Tab))));
        }
        if (t == KeyType.ReverseTab || t == KeyType.ArrowUp || isChar(k, 'k')) {
            return Optional.of(p.withViewer(new Viewer().update(v, Msg.key(KeyType.ReverseTab))));
        }
        if ((isChar(k, ' ') || isChar(k, 'x')) && v.selected() >= 0) {
            Set<Integer> picked = new LinkedHashSet<>(v.picked());
            if (!picked.remove(v.selected())) {
                picked.add(v.selected());
            }
            return Optional.of(p.withViewer(v.withPicked(picked)));
        }
        if (t == KeyType.Enter) {
            Set<Integer> picked = v.picked();
            boolean right = a.solved().answer() instanceof Answer.Objects o && o.acceptsObjects(picked);
            return Optional.of(submit(p, c, describePicks(v, picked), right));
        }
        return Optional.empty();
    }

    /** "list 0x7f…a40, Node 0x7f…b00", or "nothing". */
    static String describePicks(ViewerState v, Set<Integer> picked) {
        if (picked.isEmpty()) {
            return "nothing";
        }
        List<String> out = new ArrayList<>();
        for (int id : picked) {
            v.heap().object(id).map(o -> o.type() + " " + o.hexAddress()).ifPresent(out::add);
        }
        return String.join(", ", out);
    }

    private static PlayState submit(PlayState p, int c, String given, boolean right) {
        Asked a = p.asked().get(c).answer(given, right);
        PlayState n = p.withAsked(c, a).withRecord(p.record().answered(a.id(), right)).withFeedback(c);
        return n;
    }
}
