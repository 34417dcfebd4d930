package heapquest.tui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.googlecode.lanterna.input.KeyType;
import heapquest.progress.SaveStore;
import heapquest.progress.ProgressStore;
import heapquest.tui.game.Screen;
import heapquest.tui.render.ColorMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.*;

/** The game's progress goes to the save file as the player goes, and comes back from it. */
class GameSavesTest {
    @TempDir
    Path saves;

    ProgressStore alice() {
        return new ProgressStore(new SaveStore(saves, Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC)),
                "alice");
    }

    GameDriver game(Path levels) {
        return new GameDriver(levels, 120, 36, alice(), UiOptions.of(false, ColorMode.ANSI16, true));
    }

    /** Runs to the next question unless it is waiting already (c would be typed into its field). */
    static GameDriver next(GameDriver d) {
        return d.play().active() ? d : d.key('c');
    }

    JsonNode saveFile() throws IOException {
        return new ObjectMapper().readTree(Files.readString(saves.resolve("alice.json"), StandardCharsets.UTF_8));
    }

    @Test
    void eachAnswerIsSavedAndALevelLeftMidwayResumesWhereItWas() throws IOException {
        GameDriver d = game(GameDriver.bundled());
        d.key(KeyType.Enter).key(KeyType.Enter); // lesson, then play: the attempt begins
        JsonNode level = saveFile().path("levels").path("the-elephant");
        assertEquals("IN_PROGRESS", level.path("state").asText());
        assertEquals(1, level.path("attempts").asInt());
        assertEquals("2026-11-25T10:00:00Z", level.path("firstPlayed").asText());

        next(d).key('h').answerRight().key(KeyType.Enter); // the first question, with its hint
        next(d).answerRight().key(KeyType.Enter);
        level = saveFile().path("levels").path("the-elephant");
        assertEquals(2, level.path("questionIndex").asInt());
        assertEquals(2, level.path("questionsTotal").asInt());
        assertEquals(2, level.path("rightFirstTime").asInt());
        assertEquals(1, level.path("hintsUsed").asInt());
        JsonNode ids = saveFile().path("concepts").path("ids");
        assertEquals(2, ids.path("asked").asInt(), "each answer counts for the level's concepts");
        assertEquals(0.75, ids.path("mastery").asDouble(), 1e-9);

        d.key(KeyType.Escape); // back to the map, mid-level
        assertInstanceOf(Screen.LevelMap.class, d.state.screen());
        assertTrue(d.text().contains("◐ 2/6"), d.text());

        // Another game on the same saves, later: the map shows it, and play resumes at question 3.
        GameDriver again = game(GameDriver.bundled());
        assertTrue(again.text().contains("◐ 2/6"), again.text());
        again.key(KeyType.Enter).key(KeyType.Enter);
        assertEquals(2, again.play().current());
        again.playThrough();
        assertInstanceOf(Screen.Summary.class, again.state.screen());
        assertTrue(again.text().contains("6 of 6"), again.text());
        assertTrue(again.rows().stream().anyMatch(r -> r.contains("Hints used") && r.contains("1")), again.text());
        assertTrue(again.text().contains("★ ★ ☆"), "a hint costs the third star: " + again.text());
        level = saveFile().path("levels").path("the-elephant");
        assertEquals("DONE", level.path("state").asText());
        assertEquals(2, level.path("stars").asInt());
        assertEquals(1, level.path("attempts").asInt(), "resumed, not restarted");
        assertEquals("2026-11-25T10:00:00Z", level.path("completed").asText());
        assertTrue(level.path("bestTimeMillis").isNumber(), level.toString());
        assertEquals(6, saveFile().path("concepts").path("weakref").path("asked").asInt());
    }

    @Test
    void twoGamesOnOneProfileBothCount() throws IOException {
        GameDriver one = game(GameDriver.goodPack());
        GameDriver two = game(GameDriver.goodPack());
        one.key(KeyType.Enter).key(KeyType.Enter).key('c').answerRight();
        two.key(KeyType.ArrowDown).key(KeyType.Enter).key(KeyType.Enter).key('c').answerRight();
        next(one.key(KeyType.Enter)).answerRight();
        JsonNode levels = saveFile().path("levels");
        String first = one.play().level().id();
        String second = two.play().level().id();
        assertNotEquals(first, second);
        assertEquals(2, levels.path(first).path("questionsTotal").asInt(), levels.toString());
        assertEquals(1, levels.path(second).path("questionsTotal").asInt(), "the other game's answer is kept: " + levels);
    }

    @Test
    void anUnreadableSaveIsMovedAsideAndSaidOnTheMap() throws IOException {
        Files.writeString(saves.resolve("alice.json"), "{\"schemaVersion\": 2, \"name\": \"alice\", \"lev");
        GameDriver d = game(GameDriver.bundled());
        String bottom = d.rows().get(d.rows().size() - 1);
        assertTrue(bottom.contains("Your save"), bottom);
        assertTrue(bottom.contains("could not be read"), bottom);
        try (var files = Files.list(saves)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("alice.corrupt-20261125-100000")));
        }
        d.key(KeyType.Enter).key(KeyType.Enter).key('c').answerRight();
        assertEquals(1, saveFile().path("levels").path("the-elephant").path("questionsTotal").asInt(),
                "play goes on, on a new save");
    }
}
