package heapquest.cli;

import heapquest.level.LevelPack;
import heapquest.plain.PlainQuiz;
import heapquest.progress.Activity;
import heapquest.progress.LoadResult;
import heapquest.progress.ProgressStore;
import heapquest.quiz.Quiz;
import heapquest.quiz.QuizBuilder;
import heapquest.quiz.QuizFilter;
import heapquest.quiz.QuizReport;
import heapquest.quiz.QuizRun;
import heapquest.quiz.QuizSpec;
import heapquest.tui.TerminalApp;
import heapquest.tui.Tty;
import heapquest.tui.UiOptions;
import heapquest.tui.game.Game;
import heapquest.tui.game.GameState;
import heapquest.tui.game.QuizScreens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code heapquest quiz}: a test of questions drawn from the pack, asked without the heap view,
 * with a report per concept and the levels to revisit; the result goes into the player's save.
 */
@Command(name = "quiz", mixinStandardHelpOptions = true,
        description = {"Test yourself: questions drawn from the levels, asked without the heap view.",
                "Without --seed the questions lean towards the concepts you are weakest at. With --seed N the "
                        + "draw ignores your progress, so everyone who uses the same seed, options and levels "
                        + "gets the same questions (an instructor can hand a class one test)."})
public final class QuizCommand implements Callable<Integer> {

    static final String NO_TTY_MESSAGE =
            "heapquest: the quiz needs a terminal (stdin and stdout must be a TTY); try `heapquest quiz --plain`";

    @Option(names = {"-n", "--questions"}, paramLabel = "N",
            description = "How many questions (default: ${DEFAULT-VALUE}).")
    int questions = QuizSpec.DEFAULT_QUESTIONS;

    @Option(names = "--seed", paramLabel = "N", description = "Draw with this seed: the same quiz for everyone.")
    Long seed;

    @Option(names = "--concept", paramLabel = "C",
            description = "Only levels that teach concept C (repeatable: any of them).")
    List<String> concepts = new ArrayList<>();

    @Option(names = "--chapter", paramLabel = "CH",
            description = "Only this chapter: its folder name, number or title.")
    String chapter;

    @Option(names = "--plain", description = "Ask in plain text on stdin/stdout (screen readers, scripts, pipes).")
    boolean plain;

    @Option(names = "--ascii", description = "Draw with + - | > instead of line-drawing characters.")
    boolean ascii;

    @Mixin
    LevelsFolder folder = new LevelsFolder();

    @Mixin
    SaveOptions saves;

    @Override
    public Integer call() throws IOException {
        if (!folder.exists()) {
            System.err.println(folder.missing());
            return 2;
        }
        if (!plain && !Tty.interactive(System.getenv())) {
            System.err.println(NO_TTY_MESSAGE);
            return Tty.EXIT_NO_TTY;
        }
        String profile;
        QuizSpec spec;
        try {
            profile = saves.profileName();
            QuizFilter filter = new QuizFilter(concepts, chapter);
            spec = seed != null ? QuizSpec.seeded(questions, seed, filter)
                    : QuizSpec.weighted(questions, new SecureRandom().nextLong(), filter);
        } catch (IllegalArgumentException e) {
            System.err.println("heapquest: " + e.getMessage());
            return 2;
        }
        ProgressStore progress = new ProgressStore(saves.store(System.getenv()), profile);
        LoadResult loaded = progress.load();
        loaded.warning().ifPresent(w -> System.err.println("heapquest: " + w));
        LevelPack pack = LevelPack.load(folder.levels);
        Quiz quiz;
        try {
            // Drawn before the screen opens: a bad --concept or --chapter is said on the command line.
            quiz = new QuizBuilder().build(pack, spec, loaded.profile());
        } catch (IllegalArgumentException e) {
            System.err.println("heapquest: " + e.getMessage());
            return 2;
        }
        if (!plain) {
            return fullScreen(pack, quiz, progress, loaded);
        }
        return plainQuiz(quiz, progress);
    }

    /** The game's quiz screen; leaving it ends the game. */
    private int fullScreen(LevelPack pack, Quiz quiz, ProgressStore progress, LoadResult loaded) throws IOException {
        UiOptions options = UiOptions.fromEnv(ascii, false, System.getenv());
        Game game = new Game(progress, PlayCommand.daemon());
        TerminalApp.run(game, size -> QuizScreens.start(
                GameState.start(pack, loaded, options, size.getColumns(), size.getRows()), quiz), Game::frameKey);
        return 0;
    }

    private static int plainQuiz(Quiz quiz, ProgressStore progress) throws IOException {
        // UTF-8 whatever the locale, as play --plain does; answers are echoed when they are piped in.
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        QuizRun run = new PlainQuiz(in, out, System.console() == null).take(quiz);
        QuizReport report = run.report();
        out.println();
        report.lines().forEach(out::println);
        Optional<Activity> taken = report.activity();
        if (taken.isPresent()) {
            progress.record(List.of(taken.get()));
        }
        out.println(taken.isPresent() ? "Recorded in " + progress.store().fileOf(progress.profile()) + "."
                : "Nothing answered, nothing recorded.");
        out.flush();
        return 0;
    }
}
