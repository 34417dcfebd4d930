package heapquest.plain;

import heapquest.level.AnswerForm;
import heapquest.level.Feedback;
import heapquest.level.Solved;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks one question in plain text and reads the answer from a line-oriented input: the question,
 * its choices numbered, what kind of answer it takes, then lines until one is an answer ({@code h}
 * shows the hint, {@code ?} how to answer). Knows nothing of levels or saves, so both the plain
 * play mode and the quiz use it; each decides what to record.
 *
 * <p>Choices are answered by number (several numbers, or 0, for "which objects are freed"), or by
 * the choice's text; yes/no by y or n; anything else is typed and checked by the level's rule
 * ({@link Solved#check}).
 */
public final class TextQuestion {
    /** What the player typed, whether it was right, and whether they asked for the hint first. */
    public record Reply(String given, boolean right, boolean hintUsed) {}

    private final BufferedReader in;
    private final PrintStream out;
    private final boolean echo;

    /**
     * @param echo print each line read after the prompt: when the input is not a terminal (piped in),
     *             so that the transcript shows what was answered
     */
    public TextQuestion(BufferedReader in, PrintStream out, boolean echo) {
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        this.echo = echo;
    }

    /**
     * Asks {@code s} under {@code heading} (e.g. "Question 2 of 6, line 12") and reads lines until one
     * is an answer of the right form.
     *
     * @return the reply; empty if the input ended first (nothing was answered)
     */
    public Optional<Reply> ask(Solved s, String heading) throws IOException {
        AnswerForm form = AnswerForm.of(s);
        List<String> options = AnswerForm.options(s);
        String hint = s.question().hint() == null ? "" : s.question().hint().strip();
        out.println(heading + ": " + s.prompt());
        for (int i = 0; i < options.size() && form != AnswerForm.YES_NO; i++) {
            // A choice of several printed lines is shown as those lines, under each other.
            String label = "  " + (i + 1) + ") ";
            out.println(label + options.get(i).replace("\n", "\n" + " ".repeat(label.length())));
        }
        out.println(howToAnswer(form, options) + (hint.isEmpty() ? "" : " (h: hint)"));
        boolean hintUsed = false;
        while (true) {
            out.print("Your answer: ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                return Optional.empty();
            }
            if (echo) {
                out.println(line);
            }
            String t = line.strip();
            if (t.equalsIgnoreCase("h")) {
                out.println(hint.isEmpty() ? "No hint for this one." : "Hint: " + hint);
                hintUsed |= !hint.isEmpty();
                continue;
            }
            if (t.equals("?")) {
                out.println(howToAnswer(form, options) + (hint.isEmpty() ? "" : "; h shows a hint")
                        + "; end of input (Ctrl-D) stops, keeping your progress.");
                continue;
            }
            Either given = read(form, options, t);
            if (given.problem != null) {
                out.println(given.problem);
                continue;
            }
            return Optional.of(new Reply(given.answer, s.check(given.answer), hintUsed));
        }
    }

    /** Prints whether the reply was right, the true answer, why, and the author's explanation. */
    public void feedback(Solved s, Reply r) {
        for (String paragraph : Feedback.of(s, r.given(), r.right()).paragraphs()) {
            out.println(paragraph);
        }
        out.flush();
    }

    static String howToAnswer(AnswerForm form, List<String> options) {
        return switch (form) {
            case CHOICE -> "Answer with a number from 1 to " + options.size() + ".";
            case YES_NO -> "Answer y or n.";
            case OBJECTS -> options.isEmpty()
                    ? "Name the objects freed, separated by commas (like: a, lst[0]), or type nothing."
                    : "Answer with the numbers of the objects freed, separated by commas, or 0 if none is.";
            default -> "Type the answer: " + form.description + ".";
        };
    }

    /** The answer a line gives, or why it gives none. */
    private record Either(String answer, String problem) {
        static Either answer(String a) {
            return new Either(a, null);
        }

        static Either problem(String p) {
            return new Either(null, p);
        }
    }

    private static Either read(AnswerForm form, List<String> options, String t) {
        if (t.isEmpty()) {
            return Either.problem(form == AnswerForm.TEXT
                    ? "Type your answer, then Enter (nothing, if it is nothing)." : "Type your answer, then Enter.");
        }
        return switch (form) {
            case CHOICE -> choice(options, t);
            case YES_NO -> yesNo(t);
            case OBJECTS -> options.isEmpty() ? Either.answer(t) : objects(options, t);
            case NUMBER -> t.matches("[+-]?\\d{1,18}") ? Either.answer(t) : Either.problem("Type a whole number.");
            default -> Either.answer(t);
        };
    }

    private static Either choice(List<String> options, String t) {
        if (t.matches("\\d{1,3}")) {
            int n = Integer.parseInt(t);
            return n >= 1 && n <= options.size() ? Either.answer(options.get(n - 1))
                    : Either.problem("Choose a number from 1 to " + options.size() + ".");
        }
        for (String o : options) {
            if (o.equalsIgnoreCase(t)) {
                return Either.answer(o);
            }
        }
        Either yn = yesNo(t);
        if (yn.answer != null && options.contains(yn.answer)) {
            return yn;
        }
        return Either.problem("Choose a number from 1 to " + options.size() + ".");
    }

    private static Either yesNo(String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true" -> Either.answer("yes");
            case "n", "no", "false" -> Either.answer("no");
            default -> Either.problem("Answer y or n.");
        };
    }

    /** "1, 3" is those choices; "0" (or none, nothing) is no object; names are taken as they are. */
    private static Either objects(List<String> options, String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("0") || lower.equals("none") || lower.equals("nothing")) {
            return Either.answer("nothing");
        }
        if (!t.matches("[\\d,\\s]+")) {
            return Either.answer(t); // names: the level's rule reads them
        }
        List<String> picked = new ArrayList<>();
        for (String part : t.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int n = Integer.parseInt(part.length() > 3 ? "0" : part);
            if (n < 1 || n > options.size()) {
                return Either.problem("Choose numbers from 1 to " + options.size() + ", or 0 if none is freed.");
            }
            if (!picked.contains(options.get(n - 1))) {
                picked.add(options.get(n - 1));
            }
        }
        return Either.answer(String.join(", ", picked));
    }
}
