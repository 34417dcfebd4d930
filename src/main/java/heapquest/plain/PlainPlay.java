package heapquest.plain;

import heapquest.engine.trace.Trace;
import heapquest.level.Concealed;
import heapquest.level.Level;
import heapquest.level.Solution;
import heapquest.progress.Activity;
import heapquest.progress.LevelProgress;
import heapquest.progress.Profile;
import heapquest.progress.ProgressStore;
import heapquest.progress.Stars;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A level played in line-oriented text ({@code heapquest play LEVEL --plain}), for screen readers,
 * terminals the game cannot drive, and scripts: the lesson, the program with line numbers, then at
 * each question the output printed since the last one, the names and the heap as text, the question
 * ({@link TextQuestion}) and the feedback. Progress is recorded as the game records it (the same
 * {@link Activity} factories, the same store): after each answer, and at the end or when the input
 * ends, so a level left midway resumes at its next question, in either mode.
 */
public final class PlainPlay {
    /** How a level session ended. */
    public enum Ending { FINISHED, INPUT_ENDED }

    private final PrintStream out;
    private final TextQuestion questions;
    private final ProgressStore store;
    private final LongSupplier millis;
    private Profile latest;
    private boolean saveFailed;

    /**
     * @param echo   print the answers read (the input is not a terminal), see {@link TextQuestion}
     * @param millis a clock in milliseconds, for the level's time
     */
    public PlainPlay(BufferedReader in, PrintStream out, boolean echo, ProgressStore store, LongSupplier millis) {
        this.out = out;
        this.questions = new TextQuestion(in, out, echo);
        this.store = store;
        this.millis = millis;
    }

    /**
     * Plays {@code level} from where the player's profile left it.
     *
     * @param solution the checker's answers, with the trace (the caller checks that it ran)
     * @param profile  the player's profile as loaded from {@code store}
     * @throws IOException if reading the input fails (not its end, which saves and returns)
     * @param chapter  the chapter's title, or ""
     */
    public Ending play(Level level, Solution solution, Profile profile, String chapter) throws IOException {
        long start = millis.getAsLong();
        String id = level.id();
        latest = profile;
        LevelProgress record = profile.level(id);
        intro(level, chapter);
        List<Solution.Stop> stops = solution.stops();
        int resumed = Math.min(record.resumeIndex(), stops.size());
        record(Activity.opening(record, id));
        if (resumed > 0) {
            out.println("You answered " + resumed + " of these questions before; going on from question "
                    + Math.min(resumed + 1, stops.size()) + ".");
        }
        Trace trace = solution.trace();
        int shownStep = -1;
        String printed = resumed == 0 ? "" : trace.stateBefore(stops.get(resumed - 1).step()).output();
        for (int i = resumed; i < stops.size(); i++) {
            Solution.Stop stop = stops.get(i);
            out.println();
            if (stop.step() != shownStep) {
                Concealed concealed = Concealed.NOTHING;
                for (int j = i; j < stops.size() && stops.get(j).step() == stop.step(); j++) {
                    concealed = concealed.and(Concealed.during(stops.get(j).solved().question()));
                }
                printed = state(trace, stop, printed, concealed);
                shownStep = stop.step();
            }
            Optional<TextQuestion.Reply> reply = questions.ask(stop.solved(),
                    "Question " + (i + 1) + " of " + stops.size() + ", line " + stop.solved().line());
            if (reply.isEmpty()) {
                record(Activity.leaving(id, stop.step(), i));
                out.println("End of input: your progress is saved (" + i + " of " + stops.size()
                        + " questions answered); play " + id + " again to go on.");
                out.flush();
                return Ending.INPUT_ENDED;
            }
            TextQuestion.Reply r = reply.get();
            questions.feedback(stop.solved(), r);
            record(Activity.settled(id, level.concepts(), r.right(), r.hintUsed(), stop.step(), i + 1));
        }
        String rest = trace.output().substring(Math.min(printed.length(), trace.output().length()));
        out.println();
        out.println("The program ran to its end." + (rest.isEmpty() ? "" : " It printed, after the last question:"));
        rest.lines().forEach(l -> out.println("  " + l));
        record(Activity.finishing(id, Math.max(0, millis.getAsLong() - start)));
        summary(level, stops.size());
        out.flush();
        return Ending.FINISHED;
    }

    private void intro(Level level, String chapter) {
        out.println(level.title() + (chapter.isEmpty() ? "" : "  (" + chapter + ")") + "  [" + String.join(", ",
                level.concepts()) + "]");
        out.println();
        level.lesson().strip().lines().forEach(out::println);
        out.println();
        out.println("The program:");
        List<String> lines = level.program().lines().subList(0, level.program().lineCount());
        ProgramListing.lines(lines, 0).forEach(out::println);
        out.println();
        out.println("Each question stops the program just before its line runs. At the prompt: h for a hint,"
                + " ? for how to answer; end of input (Ctrl-D) stops and keeps your progress.");
    }

    /**
     * The state before the stop's line runs, without what the questions asked there would read off
     * it; returns the output printed so far.
     */
    private String state(Trace trace, Solution.Stop stop, String printedBefore, Concealed concealed) {
        var state = trace.stateBefore(stop.step());
        out.println("Before line " + stop.solved().line() + " runs:  " + trace.sourceLines().get(stop.solved().line() - 1)
                .strip());
        String output = state.output();
        String fresh = output.length() >= printedBefore.length() ? output.substring(printedBefore.length()) : output;
        if (!fresh.isEmpty()) {
            out.println("Printed so far" + (printedBefore.isEmpty() ? ":" : ", since the last question:"));
            fresh.lines().forEach(l -> out.println("  " + l));
        }
        StateText.lines(state).stream().map(concealed::apply).forEach(out::println);
        return output;
    }

    private void summary(Level level, int questions) {
        LevelProgress done = latest.level(level.id());
        int stars = Stars.forFinishedAttempt(done.rightFirstTime(), done.questionsTotal(), done.hintsUsed());
        out.println();
        out.println("Level complete: " + level.title());
        out.println("Right the first time: " + done.rightFirstTime() + " of " + questions + "; hints used: "
                + done.hintsUsed() + "; stars: " + stars + " of " + Stars.MAX
                + (done.stars() > stars ? " (your best: " + done.stars() + ")" : ""));
    }

    /**
     * Records in the saves and keeps the profile as saved. A failure is said once and play goes on
     * with the progress kept in memory (as in the game).
     */
    private void record(List<Activity> activities) {
        if (activities.isEmpty()) {
            return;
        }
        try {
            latest = store.record(activities);
        } catch (IOException | RuntimeException e) {
            latest = Activity.applyAll(latest, activities, Instant.now());
            if (!saveFailed) {
                out.println("(Your progress could not be saved: " + e.getMessage() + ")");
                saveFailed = true;
            }
        }
    }
}
