package heapquest.quiz;

import heapquest.level.Level;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a quiz's questions: no question twice, spread over the levels, weighted by
 * {@link Weakness}.
 *
 * <p>Each draw first picks a level, then one of its questions not yet drawn, uniformly. The level
 * is picked among those used least so far (so ten questions from a pack of thirty levels come from
 * ten levels, and a level comes back only once every level has given one), weighted by its
 * weakness; picking levels rather than questions keeps a level with many questions from crowding
 * out one with few. The questions come back in course order.
 *
 * <p>Deterministic: the same candidates, count, weights and seed give the same draw on any JVM
 * (see {@link Dice}).
 */
public final class QuizDraw {
    private QuizDraw() {}

    public static List<Candidate> draw(List<Candidate> candidates, int count, long seed, Weakness weakness) {
        Dice random = new Dice(seed);
        Map<String, List<Candidate>> left = new LinkedHashMap<>();
        Map<String, Level> levels = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            left.computeIfAbsent(c.level().id(), k -> new ArrayList<>()).add(c);
            levels.putIfAbsent(c.level().id(), c.level());
        }
        Map<String, Integer> used = new LinkedHashMap<>();
        List<Candidate> drawn = new ArrayList<>();
        while (drawn.size() < count && !left.isEmpty()) {
            int least = left.keySet().stream().mapToInt(id -> used.getOrDefault(id, 0)).min().orElseThrow();
            List<String> pool = left.keySet().stream().filter(id -> used.getOrDefault(id, 0) == least).toList();
            String levelId = pickWeighted(pool, id -> weakness.of(levels.get(id)), random);
            List<Candidate> questions = left.get(levelId);
            drawn.add(questions.remove(random.nextInt(questions.size())));
            if (questions.isEmpty()) {
                left.remove(levelId);
            }
            used.merge(levelId, 1, Integer::sum);
        }
        drawn.sort(Comparator.comparingInt(Candidate::order));
        return drawn;
    }

    private static <T> T pickWeighted(List<T> items, java.util.function.ToDoubleFunction<T> weight, Dice random) {
        double total = items.stream().mapToDouble(weight).sum();
        double x = random.nextDouble() * total;
        for (T item : items) {
            x -= weight.applyAsDouble(item);
            if (x < 0) {
                return item;
            }
        }
        return items.get(items.size() - 1); // rounding left a sliver past the last weight
    }
}
