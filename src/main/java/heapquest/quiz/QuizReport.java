package heapquest.quiz;

import heapquest.level.Level;
import heapquest.progress.Activity;
import heapquest.progress.ConceptScore;
import heapquest.progress.Profile;
import heapquest.progress.SaveStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The end of a quiz: how many answers were right, per concept right out of asked (a question
 * counts for every concept its level teaches, as answers in the game do), and the levels to
 * revisit: those with a wrong answer, in course order.
 *
 * @param planned the quiz's size; more than {@code asked} when the player stopped early
 */
public record QuizReport(QuizSpec spec, int planned, int asked, int right, SortedMap<String, ConceptScore> perConcept,
                         List<Revisit> revisit) {

    /** A level to play again, and the quiz questions (numbers) it got wrong. */
    public record Revisit(Level level, List<Integer> questions) {
        public Revisit {
            questions = List.copyOf(questions);
        }
    }

    public QuizReport {
        perConcept = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(perConcept));
        revisit = List.copyOf(revisit);
    }

    public static QuizReport of(Quiz quiz, List<Answered> answers) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Revisit> revisit = new LinkedHashMap<>();
        int right = 0;
        for (Answered a : answers) {
            right += a.right() ? 1 : 0;
            for (String c : new java.util.LinkedHashSet<>(a.item().level().concepts())) {
                int[] n = counts.computeIfAbsent(c, k -> new int[2]);
                n[0] += a.right() ? 1 : 0;
                n[1]++;
            }
            if (!a.right()) {
                Level l = a.item().level();
                Revisit r = revisit.getOrDefault(l.id(), new Revisit(l, List.of()));
                List<Integer> qs = new ArrayList<>(r.questions());
                qs.add(a.item().number());
                revisit.put(l.id(), new Revisit(l, qs));
            }
        }
        SortedMap<String, ConceptScore> perConcept = new TreeMap<>();
        counts.forEach((c, n) -> perConcept.put(c, new ConceptScore(n[0], n[1])));
        return new QuizReport(quiz.spec(), quiz.size(), answers.size(), right, perConcept,
                new ArrayList<>(revisit.values()));
    }

    public boolean complete() {
        return asked == planned;
    }

    /**
     * What to record in the player's save: the quiz, whose counts per concept are added to the
     * concepts' mastery as answers in the game are ({@link Profile#quiz}); empty for a quiz with no
     * answer. Both front ends hand it to {@link SaveStore#record} (the game as an effect).
     */
    public Optional<Activity> activity() {
        return asked == 0 ? Optional.empty()
                : Optional.of(new Activity.QuizTaken(spec.seed(), asked, right, perConcept));
    }

    /** The report as text lines, for the plain mode and the full-screen report alike. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        String score = right + " of " + asked + " right" + (asked == 0 ? "" : " (" + Math.round(100.0 * right / asked)
                + "%)");
        out.add(complete() ? "Quiz over: " + score + "."
                : "Quiz stopped after " + asked + " of " + planned + " questions: " + score + ".");
        if (!perConcept.isEmpty()) {
            out.add("");
            out.add("By concept, weakest first:");
            int w = perConcept.keySet().stream().mapToInt(String::length).max().orElse(0);
            perConcept.entrySet().stream()
                    .sorted(Comparator.comparingDouble((Map.Entry<String, ConceptScore> e) -> ratio(e.getValue()))
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> out.add("  " + pad(e.getKey(), w) + "  " + e.getValue().right() + " of "
                            + e.getValue().asked()));
        }
        out.add("");
        if (revisit.isEmpty()) {
            out.add(asked == 0 ? "No answers, nothing to revisit." : "Nothing to revisit: every answer was right.");
        } else {
            out.add("Levels to revisit:");
            int w = revisit.stream().mapToInt(r -> r.level().id().length()).max().orElse(0);
            for (Revisit r : revisit) {
                String qs = r.questions().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
                out.add("  " + pad(r.level().id(), w) + "  " + r.level().title() + "  (question"
                        + (r.questions().size() == 1 ? " " : "s ") + qs + ")");
            }
        }
        if (spec.seeded()) {
            out.add("");
            out.add("Seed " + spec.seed() + ": the same options and levels give everyone these questions.");
        }
        return out;
    }

    private static double ratio(ConceptScore s) {
        return s.asked() == 0 ? 1.0 : (double) s.right() / s.asked();
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - s.length()));
    }
}
