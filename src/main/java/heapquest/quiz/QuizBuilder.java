package heapquest.quiz;

import heapquest.level.Checker;
import heapquest.level.Level;
import heapquest.level.LevelPack;
import heapquest.level.Problem;
import heapquest.level.Question;
import heapquest.level.Solution;
import heapquest.level.Solved;
import heapquest.progress.Profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes a quiz from a pack. The draw works on the levels as loaded, and only the levels drawn are
 * solved (each runs its program on the engine), so a quiz of ten questions from a pack of forty
 * levels runs ten programs, not forty. A drawn level that cannot be solved is left out and the
 * draw made again without it, with the same seed, so the result is still the same every time.
 */
public final class QuizBuilder {
    private final Function<Level, Solution> solver;

    public QuizBuilder() {
        this(level -> new Checker().solve(level));
    }

    /** @param solver the checker (a test may count its calls) */
    public QuizBuilder(Function<Level, Solution> solver) {
        this.solver = solver;
    }

    /**
     * @throws IllegalArgumentException with a message fit for the player: an unknown concept or
     *                                  chapter, or no question to ask
     */
    public Quiz build(LevelPack pack, QuizSpec spec, Profile profile) {
        List<Level> levels = spec.filter().levels(pack);
        Weakness weakness = spec.seeded() ? Weakness.UNIFORM : Weakness.of(profile);
        Map<String, Solution> solved = new LinkedHashMap<>();
        Set<String> unusable = new HashSet<>();
        List<String> skipped = new ArrayList<>();
        while (true) {
            List<Candidate> candidates = candidates(levels, unusable);
            if (candidates.isEmpty()) {
                throw new IllegalArgumentException("no questions to ask in " + spec.filter().describe()
                        + (skipped.isEmpty() ? "" : " (" + String.join("; ", skipped) + ")"));
            }
            List<Candidate> drawn = QuizDraw.draw(candidates, spec.questions(), spec.seed(), weakness);
            solveAll(drawn, solved);
            boolean redraw = false;
            for (Candidate c : drawn) {
                Optional<String> why = unusableBecause(solved.get(c.level().id()));
                if (why.isPresent() && unusable.add(c.level().id())) {
                    skipped.add(c.level().id() + ": " + why.get());
                    redraw = true;
                }
            }
            if (!redraw) {
                return new Quiz(spec, items(drawn, solved), skipped);
            }
        }
    }

    private static List<Candidate> candidates(List<Level> levels, Set<String> unusable) {
        List<Candidate> out = new ArrayList<>();
        for (Level l : levels) {
            if (unusable.contains(l.id())) {
                continue;
            }
            for (Question q : l.questions()) {
                out.add(new Candidate(l, q, out.size()));
            }
        }
        return out;
    }

    /** Solves the drawn levels not solved yet, side by side (each is one engine run). */
    private void solveAll(List<Candidate> drawn, Map<String, Solution> solved) {
        List<Level> todo = drawn.stream().map(Candidate::level).distinct()
                .filter(l -> !solved.containsKey(l.id())).toList();
        List<Solution> done = todo.parallelStream().map(solver).toList();
        done.forEach(s -> solved.put(s.level().id(), s));
    }

    /** Why a level's questions cannot be asked (the game will not play it either), if they cannot. */
    private static Optional<String> unusableBecause(Solution s) {
        if (s.ok() && s.trace() != null) {
            return Optional.empty();
        }
        return Optional.of(s.problems().stream().findFirst().map(Problem::message).orElse("its program did not run"));
    }

    private static List<QuizItem> items(List<Candidate> drawn, Map<String, Solution> solved) {
        List<QuizItem> items = new ArrayList<>();
        for (Candidate c : drawn) {
            Solution s = solved.get(c.level().id());
            Solved q = s.question(c.question().id()).orElseThrow(() -> new IllegalStateException(
                    "the checker solved level " + c.level().id() + " without its question " + c.question().id()));
            items.add(QuizItem.of(items.size() + 1, c.level(), s, q));
        }
        return items;
    }
}
