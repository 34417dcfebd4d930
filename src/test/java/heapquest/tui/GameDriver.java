package heapquest.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import heapquest.level.Answer;
import heapquest.level.LevelPack;
import heapquest.tui.game.Asked;
import heapquest.tui.game.Game;
import heapquest.tui.game.GameState;
import heapquest.tui.game.Input;
import heapquest.tui.game.PlayState;
import heapquest.progress.ProgressStore;
import heapquest.tui.game.Screen;
import heapquest.tui.render.ColorMode;

import heapquest.progress.Profile;
import heapquest.progress.SaveStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

/**
 * Drives the game single-threaded: keys into update, effects run at once (levels are solved on the
 * calling thread), every state drawn into a virtual terminal.
 */
public final class GameDriver {
    public final ProgressStore store;
    final Game game;
    final Snap snap;
    final Queue<Msg> posted = new ArrayDeque<>();
    public GameState state;
    long now = 1_000;

    public GameDriver(Path levels, int w, int h, ProgressStore store, UiOptions options) {
        this.store = store;
        this.game = new Game(store, Runnable::run);
        this.snap = new Snap(w, h);
        try {
            state = GameState.start(LevelPack.load(levels), store.load(), options, w, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        send(new Msg.Resize(w, h));
    }

    /** The game as `heapquest` opens it: the first frame drawn before the levels are read (run send to read them). */
    public static GameDriver opening(Path levels, int w, int h) {
        ProgressStore store = tempStore();
        return new GameDriver(store, w, h,
                GameState.opening(levels, store.profile(), UiOptions.of(false, ColorMode.ANSI16, false), w, h));
    }

    private GameDriver(ProgressStore store, int w, int h, GameState first) {
        this.store = store;
        this.game = new Game(store, Runnable::run);
        this.snap = new Snap(w, h);
        this.state = first;
        render();
    }

    public GameDriver(Path levels, int w, int h) {
        this(levels, w, h, tempStore(), UiOptions.of(false, ColorMode.ANSI16, false));
    }

    /** Saves in a new temporary folder, profile "tester", on a fixed clock. */
    public static ProgressStore tempStore() {
        try {
            Path dir = Files.createTempDirectory("heapquest-game-saves");
            dir.toFile().deleteOnExit();
            return new ProgressStore(new SaveStore(dir, Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"),
                    ZoneOffset.UTC)), "tester");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The profile as the store has it now. */
    public Profile saved() {
        try {
            return store.load().profile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path goodPack() {
        return Path.of(System.getProperty("heapquest.root", "."), "src/test/resources/levels/good");
    }

    public static Path bundled() {
        return Path.of(System.getProperty("heapquest.root", "."), "levels");
    }

    public GameDriver send(Msg m) {
        state = game.effects(game.update(state, m), posted::add);
        for (Msg p; (p = posted.poll()) != null; ) {
            state = game.effects(game.update(state, p), posted::add);
        }
        render();
        return this;
    }

    public GameDriver key(char c) {
        return send(Msg.key(c));
    }

    public GameDriver key(KeyType t) {
        return send(Msg.key(t));
    }

    public GameDriver keys(String s) {
        for (char c : s.toCharArray()) {
            key(c);
        }
        return this;
    }

    public GameDriver tick(long ms) {
        now += ms;
        return send(new Msg.Tick(now));
    }

    void render() {
        TerminalSize size = snap.screen.getTerminalSize();
        game.view(state, snap.screen.newTextGraphics(), size);
        snap.refresh();
    }

    public String text() {
        return Snap.join(snap.rows());
    }

    public List<String> rows() {
        return snap.rows();
    }

    public PlayState play() {
        return ((Screen.Playing) state.screen()).play();
    }

    public boolean playing() {
        return state.screen() instanceof Screen.Playing;
    }

    /** Answers the question waiting with the checker's answer, through the keys a player would press. */
    public GameDriver answerRight() {
        PlayState p = play();
        Asked a = p.asked().get(p.current());
        if (a.input() instanceof Input.Pick pick) {
            int i = 0;
            while (!a.solved().check(pick.options().get(i))) {
                i++;
            }
            key((char) ('1' + i)).key(KeyType.Enter);
        } else if (a.input() instanceof Input.Field) {
            keys(a.solved().answer().display()).key(KeyType.Enter);
        } else {
            Answer.Objects want = (Answer.Objects) a.solved().answer();
            for (Answer.Picked o : want.objects()) {
                for (int guard = 0; guard < 200 && play().viewer().selected() != o.serial(); guard++) {
                    key(KeyType.Tab);
                }
                key(' ');
            }
            key(KeyType.Enter);
        }
        return this;
    }

    /** Plays the level on screen to its summary, answering everything right. */
    public GameDriver playThrough() {
        for (int guard = 0; guard < 500 && playing(); guard++) {
            PlayState p = play();
            if (p.feedback() >= 0) {
                key(KeyType.Enter);
            } else if (p.active()) {
                answerRight();
            } else {
                key('c');
                tick(5_000);
            }
        }
        return this;
    }

    public GameDriver stroke(KeyStroke k) {
        return send(new Msg.Key(k));
    }
}
