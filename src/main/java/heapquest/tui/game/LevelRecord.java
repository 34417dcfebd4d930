package heapquest.tui.game;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The player's progress on one level: each question answered so far (right the first time or
 * not), the questions a hint was shown for, whether the level was finished, and the best stars.
 * A level left midway keeps its answers; coming back asks only the rest.
 */
public record LevelRecord(String levelId, Map<String, Boolean> answers, Set<String> hinted, boolean completed,
                          int stars, int bestStars) {

    public LevelRecord {
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        hinted = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(hinted));
    }

    public static LevelRecord start(String levelId) {
        return new LevelRecord(levelId, Map.of(), Set.of(), false, 0, 0);
    }

    public LevelRecord answered(String questionId, boolean right) {
        Map<String, Boolean> a = new LinkedHashMap<>(answers);
        a.putIfAbsent(questionId, right);
        return new LevelRecord(levelId, a, hinted, completed, stars, bestStars);
    }

    public LevelRecord withHint(String questionId) {
        Set<String> h = new LinkedHashSet<>(hinted);
        h.add(questionId);
        return new LevelRecord(levelId, answers, h, completed, stars, bestStars);
    }

    public LevelRecord finished(int s) {
        return new LevelRecord(levelId, answers, hinted, true, s, Math.max(bestStars, s));
    }

    /** A new attempt at a finished level: answers and hints start over; it stays done, with its best stars. */
    public LevelRecord replay() {
        return new LevelRecord(levelId, Map.of(), Set.of(), completed, 0, bestStars);
    }

    public boolean inProgress() {
        return !completed && !answers.isEmpty();
    }

    public long right() {
        return answers.values().stream().filter(b -> b).count();
    }
}
