package heapquest.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Runs a {@link Program} in the terminal: exactly one Lanterna terminal, forced to text mode and
 * UTF-8, with Ctrl-C trapped into a key (so our finally block runs and the player's progress is
 * kept), restored on every way out. The loop never blocks on input: it polls the size and the
 * keys, advances the clock, draws, and refreshes only the cells that changed (TECH-NOTES §1.1, §1.3).
 */
public final class TerminalApp {
    static final long FRAME_MILLIS = 15;

    private TerminalApp() {}

    /** Something that can tell the loop what a frame shows, to skip drawing identical frames. */
    public interface FrameKey<S> {
        Object of(S state);
    }

    /**
     * Opens the terminal, runs the program until it is done, restores the terminal and returns the
     * final state. Exceptions propagate after the terminal is restored, so the caller may print them.
     * Call only after {@link Tty#interactive}: nothing may be printed to stdout while this runs.
     */
    public static <S> S run(Program<S> program, Function<TerminalSize, S> init, FrameKey<S> key) throws IOException {
        return run(program, init, key, () -> { });
    }

    /**
     * As {@link #run(Program, Function, FrameKey)}, with a check run once the terminal exists but
     * before it switches to the alternate screen: it may throw (a syntax error found meanwhile by
     * another thread), and the terminal is then given back without the screen ever flashing.
     */
    public static <S> S run(Program<S> program, Function<TerminalSize, S> init, FrameKey<S> key, Runnable beforeScreen)
            throws IOException {
        StartupLog.mark("terminal: opening");
        FlushOnQueryStream out = new FlushOnQueryStream(new FileOutputStream(FileDescriptor.out));
        Terminal terminal = new DefaultTerminalFactory(out, System.in, StandardCharsets.UTF_8)
                .setForceTextTerminal(true)
                .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
                .createTerminal();
        TerminalScreen screen = null;
        try {
            StartupLog.mark("terminal: created");
            beforeScreen.run();
            disableQuitAndSuspend();
            StartupLog.mark("terminal: quit and suspend keys off");
            screen = new TerminalScreen(terminal);
            screen.startScreen();
            screen.setCursorPosition(null); // hide the cursor while we own the screen
            StartupLog.mark("terminal: screen started");
            return loop(program, init.apply(screen.getTerminalSize()), screen, System::currentTimeMillis, key, true);
        } finally {
            restore(screen, terminal);
        }
    }

    /** Leaves the alternate screen, shows the cursor and gives back the tty settings, whatever failed before. */
    private static void restore(TerminalScreen screen, Terminal terminal) {
        try {
            if (screen != null) {
                screen.stopScreen();
            }
        } catch (IOException | RuntimeException ignored) {
            // keep restoring the rest
        }
        try {
            terminal.setCursorVisible(true);
            terminal.flush();
        } catch (IOException | RuntimeException ignored) {
            // the tty may be gone (hang-up); nothing left to restore there
        }
        try {
            terminal.close(); // restores the stty settings saved when the terminal was created
        } catch (IOException | RuntimeException ignored) {
            // as above
        }
    }

    /**
     * Ctrl-\ would print a JVM thread dump over the screen and Ctrl-Z would stop us with the tty in
     * raw mode (TECH-NOTES §1.3); Lanterna's close() restores the settings it saved before this.
     */
    private static void disableQuitAndSuspend() {
        try {
            new ProcessBuilder("sh", "-c", "stty quit undef susp undef < /dev/tty")
                    .redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            // no stty: nothing to disable
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The loop, on any screen (tests give it one on a virtual terminal). Returns when the program
     * is done or input has ended (EOF: the terminal went away).
     *
     * @param pace sleep between frames; tests pass false to run flat out
     */
    public static <S> S loop(Program<S> program, S state, Screen screen, LongSupplier clock, FrameKey<S> frameKey,
                             boolean pace) throws IOException {
        TerminalSize size = screen.getTerminalSize();
        java.util.Queue<Msg> posted = new java.util.concurrent.ConcurrentLinkedQueue<>();
        state = program.effects(program.update(state, new Msg.Resize(size.getColumns(), size.getRows())), posted::add);
        int redraws = program.redraws(state);
        Object shown = null;
        boolean full = true;
        boolean eof = false;
        while (!program.done(state) && !eof) {
            TerminalSize resized = screen.doResizeIfNecessary();
            if (resized != null) {
                size = resized;
                state = program.update(state, new Msg.Resize(size.getColumns(), size.getRows()));
                full = true;
            }
            for (Msg m; (m = posted.poll()) != null; ) {
                state = program.effects(program.update(state, m), posted::add);
            }
            KeyStroke k;
            while (!program.done(state) && (k = screen.pollInput()) != null) {
                if (k.getKeyType() == KeyType.EOF) {
                    eof = true;
                    break;
                }
                for (Msg m : translate(k)) {
                    state = program.effects(program.update(state, m), posted::add);
                }
            }
            if (eof || program.done(state)) {
                break;
            }
            state = program.effects(program.update(state, new Msg.Tick(clock.getAsLong())), posted::add);
            if (program.redraws(state) != redraws) {
                redraws = program.redraws(state);
                full = true;
            }
            Object key = frameKey.of(state);
            if (full || !Objects.equals(key, shown)) {
                program.view(state, screen.newTextGraphics(), size);
                screen.refresh(full ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
                if (shown == null) {
                    StartupLog.mark("first frame drawn");
                }
                shown = key;
                full = false;
            }
            if (pace) {
                try {
                    Thread.sleep(FRAME_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return state;
    }

    /**
     * Keys as the program sees them. Late replies to size queries arrive as CursorLocation keys and
     * are dropped. Esc followed quickly by a key arrives as Alt+key (Lanterna's decoder does not
     * wait after Esc); we use no Alt bindings, so it is split back into the two keys the player
     * pressed: Esc then the key.
     */
    static List<Msg> translate(KeyStroke k) {
        if (k.getKeyType() == KeyType.CursorLocation || k.getKeyType() == KeyType.MouseEvent) {
            return List.of();
        }
        if (k.isAltDown() && k.getKeyType() == KeyType.Character) {
            return List.of(new Msg.Key(new KeyStroke(KeyType.Escape)),
                    new Msg.Key(new KeyStroke(k.getCharacter(), k.isCtrlDown(), false, k.isShiftDown())));
        }
        return List.of(new Msg.Key(k));
    }
}
