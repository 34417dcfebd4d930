package heapquest.tui.game;

import com.googlecode.lanterna.input.KeyStroke;
import heapquest.level.LevelPack;
import heapquest.quiz.Quiz;
import heapquest.quiz.QuizBuilder;
import heapquest.quiz.QuizFilter;
import heapquest.quiz.QuizSpec;
import heapquest.tui.KeyMap;
import heapquest.tui.Msg;
import heapquest.tui.render.Glyphs;

import java.util.List;

/**
 * The quiz as a mode of the game: opened from the level map (a quiz of the default size, weighted
 * to the player's weak concepts) or by {@code heapquest quiz}; its result recorded in the saves
 * like the game's answers; leaving it goes back to the map.
 */
public final class QuizScreens {
    private QuizScreens() {}

    /** The level map's key for a quiz. */
    static final char MAP_KEY = 't';

    /** The map's own keys, for the help overlay (the map handles them itself). */
    static List<KeyMap.Binding> mapHelp(Glyphs gl) {
        String map = "Level map";
        return List.of(
                new KeyMap.Binding(gl.ascii() ? "Up/Down" : "↑ ↓", null, "choose a level", map, k -> false),
                new KeyMap.Binding("Enter", null, "read its lesson, then play it", map, k -> false),
                new KeyMap.Binding(String.valueOf(MAP_KEY), null, "test yourself: a quiz of "
                        + QuizSpec.DEFAULT_QUESTIONS + " questions leaning to your weak concepts, no heap view", map,
                        k -> false));
    }

    /**
     * Opens a quiz drawn in the background. The seed comes from the game's clock: update stays pure,
     * and two quizzes in one session differ.
     */
    static GameState open(GameState g) {
        QuizSpec spec = QuizSpec.weighted(QuizSpec.DEFAULT_QUESTIONS, g.now() * 0x9E3779B97F4A7C15L, QuizFilter.ALL);
        return g.withScreen(new Screen.Quiz(QuizMode.loading(spec), false))
                .withEffect(new Effect.DrawQuiz(spec, g.profile()));
    }

    /** The game opened on a quiz already drawn ({@code heapquest quiz}): leaving it ends the game. */
    public static GameState start(GameState g, Quiz quiz) {
        return g.withScreen(new Screen.Quiz(QuizMode.loading(quiz.spec()).ready(quiz), true));
    }

    /** The work of {@link Effect.DrawQuiz}: off the update thread, as it runs the levels' programs. */
    static Msg draw(LevelPack pack, Effect.DrawQuiz d) {
        try {
            return new Msg.QuizReady(new QuizBuilder().build(pack, d.spec(), d.profile()));
        } catch (IllegalArgumentException e) {
            return new Msg.QuizFailed(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Msg.QuizFailed("The engine failed while drawing the quiz: " + e);
        }
    }

    /** A drawn quiz (or the failure) arrives: shown if the player is still waiting for it. */
    static GameState drawn(GameState g, Msg m) {
        if (!(g.screen() instanceof Screen.Quiz q) || q.mode().phase() != QuizMode.Phase.LOADING) {
            return g;
        }
        QuizMode next = m instanceof Msg.QuizReady r ? q.mode().ready(r.quiz())
                : q.mode().failed(((Msg.QuizFailed) m).error());
        return g.withScreen(new Screen.Quiz(next, q.quitAfter()));
    }

    static GameState key(GameState g, Screen.Quiz q, KeyStroke k) {
        QuizKeys.Result r = QuizKeys.update(q.mode(), k);
        if (r.record().isPresent()) {
            g = g.recording(r.record().get().activity().stream().toList());
        }
        return switch (r.exit()) {
            case STAY -> g.withScreen(new Screen.Quiz(r.mode(), q.quitAfter()));
            case QUIT -> g.withQuit();
            case LEAVE -> q.quitAfter() ? g.withQuit() : g.withScreen(new Screen.LevelMap(g.nextToPlay()));
        };
    }
}
