package heapquest.tui.game;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the game keeps the player's progress. The saves package (heapquest.progress) is not in
 * yet; this is the seam it plugs into: load everything at start, save a level's record whenever
 * it changes (an answer, a hint, the end of a level, leaving it). The game never blocks on it:
 * saves run as effects, outside update.
 */
public interface ProgressStore {

    Map<String, LevelRecord> load();

    void save(LevelRecord record);

    /** Progress kept for this run only. */
    static ProgressStore inMemory() {
        Map<String, LevelRecord> m = new ConcurrentHashMap<>();
        return new ProgressStore() {
            @Override
            public Map<String, LevelRecord> load() {
                return Map.copyOf(m);
            }

            @Override
            public void save(LevelRecord record) {
                m.put(record.levelId(), record);
            }
        };
    }
}
