package heapquest.progress;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Figures for a {@code heapquest progress} report. The store does not know chapters (levels live
 * elsewhere), so the caller passes a map from level id to chapter; levels the map does not know
 * (removed from the pack, or from another pack) are counted under {@link #UNLISTED}.
 *
 * <p>The totals count only levels the profile has an entry for; "3 of 12 levels" needs the pack's
 * level count, which the caller has.
 *
 * @param overall   totals over every level in the profile
 * @param chapters  totals per chapter, sorted by chapter name
 * @param concepts  concept history (with {@link ConceptStats#mastery()}), sorted by name
 * @param quizzes   number of quizzes taken
 */
public record ProgressSummary(Totals overall, SortedMap<String, Totals> chapters,
                              SortedMap<String, ConceptStats> concepts, int quizzes) {

    /** The chapter key for levels missing from the caller's map; "" sorts first and is no real chapter name. */
    public static final String UNLISTED = "";

    /**
     * Totals over some levels.
     *
     * @param levels         levels with an entry (played, or at least touched)
     * @param completed      levels finished at least once ({@link LevelProgress#everCompleted()})
     * @param inProgress     levels with an attempt under way
     * @param stars          sum of the levels' best stars
     * @param attempts       attempts begun
     * @param questions      questions answered in the levels' current/last attempts
     * @param rightFirstTime of those, right at the first try
     * @param hintsUsed      hints used in the levels' current/last attempts
     */
    public record Totals(int levels, int completed, int inProgress, int stars, int attempts, int questions,
                         int rightFirstTime, int hintsUsed) {
        public static final Totals ZERO = new Totals(0, 0, 0, 0, 0, 0, 0, 0);

        Totals plus(LevelProgress l) {
            return new Totals(levels + 1, completed + (l.everCompleted() ? 1 : 0),
                    inProgress + (l.state() == LevelState.IN_PROGRESS ? 1 : 0), stars + l.stars(),
                    attempts + l.attempts(), questions + l.questionsTotal(), rightFirstTime + l.rightFirstTime(),
                    hintsUsed + l.hintsUsed());
        }
    }

    public ProgressSummary {
        Objects.requireNonNull(overall, "overall");
        chapters = Collections.unmodifiableSortedMap(new TreeMap<>(chapters));
        concepts = Collections.unmodifiableSortedMap(new TreeMap<>(concepts));
    }

    /** The summary of {@code profile}, with levels grouped by {@code chapterOfLevel}. */
    public static ProgressSummary of(Profile profile, Map<String, String> chapterOfLevel) {
        Objects.requireNonNull(chapterOfLevel, "chapterOfLevel");
        Totals overall = Totals.ZERO;
        TreeMap<String, Totals> chapters = new TreeMap<>();
        for (Map.Entry<String, LevelProgress> e : profile.levels().entrySet()) {
            overall = overall.plus(e.getValue());
            String chapter = chapterOfLevel.get(e.getKey());
            if (chapter == null) {
                chapter = UNLISTED;
            }
            chapters.put(chapter, chapters.getOrDefault(chapter, Totals.ZERO).plus(e.getValue()));
        }
        return new ProgressSummary(overall, chapters, new TreeMap<>(profile.concepts()), profile.quizzes().size());
    }

    /** Concept names from weakest to strongest mastery (ties by name): what to practise first. */
    public List<String> conceptsWeakestFirst() {
        return concepts.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, ConceptStats> e) -> e.getValue().mastery())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableList());
    }
}
