package heapquest.tui.game;

import heapquest.level.Level;
import heapquest.level.LevelPack;
import heapquest.level.Solution;
import heapquest.progress.Activity;
import heapquest.progress.LevelProgress;
import heapquest.progress.LoadResult;
import heapquest.progress.Profile;
import heapquest.tui.UiOptions;

import java.util.HashMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole game, immutable. levels is the pack in playing order (chapters, then files);
 * solutions are the checker's answers for the levels solved so far; profile the player's saved progress
 * (as last written: the store returns it after each record).
 *
 * @param effects work asked for by the last update, run and cleared by the game program
 */
public record GameState(LevelPack pack, List<Level> levels, Map<String, Solution> solutions,
                        Profile profile, String notice, Screen screen, UiOptions options, int columns, int rows,
                        long now, int redraws, boolean help, boolean quit, List<Effect> effects) {

    public GameState {
        levels = List.copyOf(levels);
        solutions = Map.copyOf(solutions);
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(notice, "notice");
        effects = List.copyOf(effects);
    }

    public static GameState start(LevelPack pack, Profile profile, UiOptions options, int columns, int rows) {
        List<Level> levels = pack.levels();
        GameState g = new GameState(pack, levels, Map.of(), profile, "", new Screen.LevelMap(0), options, columns, rows, 0,
                0, false, false, List.of());
        int next = g.nextToPlay();
        g = g.withScreen(new Screen.LevelMap(next));
        // Solve the level the player will most likely pick while they read the map.
        return levels.isEmpty() ? g : g.withEffect(new Effect.Solve(levels.get(next)));
    }

    /**
     * The game before its levels are read: the first frame says so at once, and the map follows when
     * the pack and the saves are in (a cold JVM takes most of a second to read the YAML files).
     */
    public static GameState opening(Path levels, String profile, UiOptions options, int columns, int rows) {
        return new GameState(new LevelPack(levels, List.of(), List.of()), List.of(), Map.of(), Profile.empty(profile), "",
                new Screen.Opening(null), options, columns, rows, 0, 0, false, false, List.of(new Effect.OpenPack(levels)));
    }

    /** The game on a profile as loaded: a save that could not be read is said on the map. */
    public static GameState start(LevelPack pack, LoadResult saved, UiOptions options, int columns, int rows) {
        return start(pack, saved.profile(), options, columns, rows).withNotice(saved.warning().orElse(""));
    }

    /** The first level not finished, in order (the last one when all are). */
    public int nextToPlay() {
        return profile.nextToPlay(levels.stream().map(Level::id).toList());
    }

    /** The player's record of a level (not started if none). */
    public LevelProgress record(String levelId) {
        return profile.level(levelId);
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
        return new GameState(pack, levels, solutions, profile, notice, s, options, columns, rows, now, redraws, help, quit,
                effects);
    }

    public GameState withSolution(Solution s) {
        Map<String, Solution> m = new HashMap<>(solutions);
        m.put(s.level().id(), s);
        return new GameState(pack, levels, m, profile, notice, screen, options, columns, rows, now, redraws, help, quit,
                effects);
    }

    public GameState withProfile(Profile p) {
        return new GameState(pack, levels, solutions, p, notice, screen, options, columns, rows, now, redraws, help,
                quit, effects);
    }

    /** A one-line remark shown on the level map (a save that could not be read or written); "" for none. */
    public GameState withNotice(String n) {
        return new GameState(pack, levels, solutions, profile, n, screen, options, columns, rows, now, redraws, help,
                quit, effects);
    }

    /** Asks for the activities to be recorded in the saves (none: unchanged). */
    public GameState recording(List<Activity> activities) {
        return activities.isEmpty() ? this : withEffect(new Effect.Record(activities));
    }

    public GameState withSize(int c, int r) {
        return new GameState(pack, levels, solutions, profile, notice, screen, options, c, r, now, redraws, help, quit,
                effects);
    }

    public GameState withNow(long n) {
        return new GameState(pack, levels, solutions, profile, notice, screen, options, columns, rows, n, redraws, help, quit,
                effects);
    }

    public GameState withHelp(boolean h) {
        return new GameState(pack, levels, solutions, profile, notice, screen, options, columns, rows, now, redraws, h, quit,
                effects);
    }

    public GameState withRedraw() {
        return new GameState(pack, levels, solutions, profile, notice, screen, options, columns, rows, now, redraws + 1, help,
                quit, effects);
    }

    public GameState withQuit() {
        return new GameState(pack, levels, solutions, profile, notice, screen, options, columns, rows, now, redraws, help,
                true, effects);
    }

    public GameState withEffect(Effect e) {
        List<Effect> l = new java.util.ArrayList<>(effects);
        l.add(e);
        return new GameState(pack, levels, solutions, profile, notice, screen, options, columns, rows, now, redraws, help,
                quit, l);
    }

    public GameState withoutEffects() {
        return new GameState(pack, levels, solutions, profile, notice, screen, options, columns, rows, now, redraws, help,
                quit, List.of());
    }
}
