package heapquest.tui.game;

import heapquest.level.Level;
import heapquest.level.LevelPack;
import heapquest.level.Solution;
import heapquest.tui.UiOptions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole game, immutable. levels is the pack in playing order (chapters, then files);
 * solutions are the checker's answers for the levels solved so far; progress the player's records.
 *
 * @param effects work asked for by the last update, run and cleared by the game program
 */
public record GameState(LevelPack pack, List<Level> levels, Map<String, Solution> solutions,
                        Map<String, LevelRecord> progress, Screen screen, UiOptions options, int columns, int rows,
                        long now, int redraws, boolean help, boolean quit, List<Effect> effects) {

    public GameState {
        levels = List.copyOf(levels);
        solutions = Map.copyOf(solutions);
        progress = Map.copyOf(progress);
        effects = List.copyOf(effects);
    }

    public static GameState start(LevelPack pack, Map<String, LevelRecord> progress, UiOptions options, int columns,
                                  int rows) {
        List<Level> levels = pack.levels();
        GameState g = new GameState(pack, levels, Map.of(), progress, new Screen.LevelMap(0), options, columns, rows, 0,
                0, false, false, List.of());
        int next = g.nextToPlay();
        g = g.withScreen(new Screen.LevelMap(next));
        // Solve the level the player will most likely pick while they read the map.
        return levels.isEmpty() ? g : g.withEffect(new Effect.Solve(levels.get(next)));
    }

    /** The first level not finished, in order (the last one when all are). */
    public int nextToPlay() {
        for (int i = 0; i < levels.size(); i++) {
            LevelRecord r = progress.get(levels.get(i).id());
            if (r == null || !r.completed()) {
                return i;
            }
        }
        return Math.max(0, levels.size() - 1);
    }

    public LevelRecord record(String levelId) {
        return progress.getOrDefault(levelId, LevelRecord.start(levelId));
    }

    public int indexOf(Level level) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).id().equals(level.id())) {
                return i;
            }
        }
        return -1;
    }

    public Level after(Level level) {
        int i = indexOf(level);
        return i >= 0 && i + 1 < levels.size() ? levels.get(i + 1) : null;
    }

    public GameState withScreen(Screen s) {
        return new GameState(pack, levels, solutions, progress, s, options, columns, rows, now, redraws, help, quit,
                effects);
    }

    public GameState withSolution(Solution s) {
        Map<String, Solution> m = new HashMap<>(solutions);
        m.put(s.level().id(), s);
        return new GameState(pack, levels, m, progress, screen, options, columns, rows, now, redraws, help, quit,
                effects);
    }

    public GameState withRecord(LevelRecord r) {
        Map<String, LevelRecord> m = new HashMap<>(progress);
        m.put(r.levelId(), r);
        return new GameState(pack, levels, solutions, m, screen, options, columns, rows, now, redraws, help, quit,
                effects).withEffect(new Effect.Save(r));
    }

    public GameState withSize(int c, int r) {
        return new GameState(pack, levels, solutions, progress, screen, options, c, r, now, redraws, help, quit,
                effects);
    }

    public GameState withNow(long n) {
        return new GameState(pack, levels, solutions, progress, screen, options, columns, rows, n, redraws, help, quit,
                effects);
    }

    public GameState withHelp(boolean h) {
        return new GameState(pack, levels, solutions, progress, screen, options, columns, rows, now, redraws, h, quit,
                effects);
    }

    public GameState withRedraw() {
        return new GameState(pack, levels, solutions, progress, screen, options, columns, rows, now, redraws + 1, help,
                quit, effects);
    }

    public GameState withQuit() {
        return new GameState(pack, levels, solutions, progress, screen, options, columns, rows, now, redraws, help,
                true, effects);
    }

    public GameState withEffect(Effect e) {
        List<Effect> l = new java.util.ArrayList<>(effects);
        l.add(e);
        return new GameState(pack, levels, solutions, progress, screen, options, columns, rows, now, redraws, help,
                quit, l);
    }

    public GameState withoutEffects() {
        return new GameState(pack, levels, solutions, progress, screen, options, columns, rows, now, redraws, help,
                quit, List.of());
    }
}
