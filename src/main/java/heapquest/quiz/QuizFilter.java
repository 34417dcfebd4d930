package heapquest.quiz;

import heapquest.level.Chapter;
import heapquest.level.DidYouMean;
import heapquest.level.Level;
import heapquest.level.LevelPack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which levels a quiz may draw from: those that teach any of the concepts asked for (none: all),
 * in the chapter asked for (none: all). A chapter is named by its folder ({@code 02-rebinding}),
 * its number ({@code 2}) or its title, in any case.
 */
public record QuizFilter(List<String> concepts, String chapter) {

    public static final QuizFilter ALL = new QuizFilter(List.of(), null);

    public QuizFilter {
        concepts = List.copyOf(concepts);
        chapter = chapter == null || chapter.isBlank() ? null : chapter.strip();
    }

    /**
     * The pack's levels that pass, in course order.
     *
     * @throws IllegalArgumentException with a message fit for the player when a concept or the
     *                                  chapter is not in the pack (with the closest name, if any)
     */
    public List<Level> levels(LevelPack pack) {
        List<Chapter> chapters = pack.chapters();
        if (chapter != null) {
            chapters = chapters.stream().filter(this::isTheChapter).toList();
            if (chapters.isEmpty()) {
                List<String> ids = pack.chapters().stream().map(Chapter::id).filter(id -> !id.isEmpty()).toList();
                throw new IllegalArgumentException("no chapter '" + chapter + "'" + suggestion(chapter, ids)
                        + " (chapters: " + String.join(", ", ids) + ")");
            }
        }
        Set<String> known = new TreeSet<>();
        pack.levels().forEach(l -> known.addAll(l.concepts()));
        for (String c : concepts) {
            if (!known.contains(c)) {
                throw new IllegalArgumentException("no level teaches the concept '" + c + "'" + suggestion(c, known)
                        + " (concepts: " + String.join(", ", known) + ")");
            }
        }
        List<Level> out = new ArrayList<>();
        for (Chapter ch : chapters) {
            for (Level l : ch.levels()) {
                if (concepts.isEmpty() || l.concepts().stream().anyMatch(concepts::contains)) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    private boolean isTheChapter(Chapter c) {
        String want = chapter.toLowerCase(Locale.ROOT);
        if (c.id().toLowerCase(Locale.ROOT).equals(want) || c.title().toLowerCase(Locale.ROOT).equals(want)) {
            return true;
        }
        Optional<Integer> number = numberPrefix(c.id());
        return want.matches("\\d{1,6}") && number.isPresent() && number.get() == Integer.parseInt(want);
    }

    private static Optional<Integer> numberPrefix(String id) {
        int dash = id.indexOf('-');
        String n = dash > 0 ? id.substring(0, dash) : "";
        return n.matches("\\d{1,6}") ? Optional.of(Integer.parseInt(n)) : Optional.empty();
    }

    private static String suggestion(String word, java.util.Collection<String> known) {
        return DidYouMean.suggest(word, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** "concept gc, chapter 3" or "the whole course", for the report's heading. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!concepts.isEmpty()) {
            parts.add((concepts.size() == 1 ? "concept " : "concepts ") + String.join(", ", concepts));
        }
        if (chapter != null) {
            parts.add("chapter " + chapter);
        }
        return parts.isEmpty() ? "the whole course" : String.join("; ", parts);
    }
}
