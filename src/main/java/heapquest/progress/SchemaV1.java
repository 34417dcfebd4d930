package heapquest.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * Save format 1 and its migration to format 2.
 *
 * <p>Format 1 (the first release) knew only finished levels, stars and attempts:
 * <pre>{@code
 * {
 *   "version": 1,
 *   "player": "alice",
 *   "levels": {
 *     "names-1": { "done": true,  "stars": 3, "attempts": 1 },
 *     "names-2": { "done": false, "stars": 0, "attempts": 2 }
 *   }
 * }
 * }</pre>
 * The version key was {@code version}; format 2 renamed it {@code schemaVersion}.
 *
 * <p>Migration keeps everything format 1 knew and fills what it did not know with "unknown":
 * {@code done} becomes state DONE; not done but attempted becomes IN_PROGRESS at the start; never
 * attempted becomes NOT_STARTED. A done level keeps its stars, at least 1 (format 2's rule: finishing
 * is worth a star); a level not done has 0. Dates and best time are null (unknown), the per-attempt
 * counts 0, concepts and quizzes empty. The player name is dropped: the file name names the profile.
 */
final class SchemaV1 {
    static final int VERSION = 1;

    private SchemaV1() {
    }

    /** The format-2 tree for a format-1 tree (not modified). */
    static ObjectNode toV2(ObjectNode v1) throws UnreadableSaveException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode v2 = f.objectNode();
        v2.put("schemaVersion", 2);
        ObjectNode levels = v2.putObject("levels");
        JsonNode oldLevels = v1.get("levels");
        if (oldLevels != null && !oldLevels.isNull()) {
            if (!oldLevels.isObject()) {
                throw new UnreadableSaveException("format 1 save: \"levels\" is not an object");
            }
            for (Map.Entry<String, JsonNode> e : oldLevels.properties()) {
                levels.set(e.getKey(), level(e.getKey(), e.getValue()));
            }
        }
        v2.putObject("concepts");
        v2.putArray("quizzes");
        return v2;
    }

    private static ObjectNode level(String id, JsonNode old) throws UnreadableSaveException {
        if (!old.isObject()) {
            throw new UnreadableSaveException("format 1 save: level \"" + id + "\" is not an object");
        }
        boolean done = bool(old, id, "done");
        int attempts = count(old, id, "attempts");
        int stars = count(old, id, "stars");
        if (stars > Stars.MAX) {
            throw new UnreadableSaveException("format 1 save: level \"" + id + "\" has " + stars + " stars");
        }
        LevelState state = done ? LevelState.DONE : attempts > 0 ? LevelState.IN_PROGRESS : LevelState.NOT_STARTED;
        ObjectNode level = JsonNodeFactory.instance.objectNode();
        level.put("state", state.name());
        level.put("step", 0);
        level.put("questionIndex", 0);
        level.put("rightFirstTime", 0);
        level.put("questionsTotal", 0);
        level.put("hintsUsed", 0);
        // A done level was attempted at least once, whatever format 1 counted.
        level.put("attempts", done ? Math.max(1, attempts) : attempts);
        level.put("stars", done ? Math.max(1, stars) : 0);
        level.putNull("bestTimeMillis");
        level.putNull("firstPlayed");
        level.putNull("lastPlayed");
        level.putNull("completed");
        return level;
    }

    private static boolean bool(JsonNode level, String id, String field) throws UnreadableSaveException {
        JsonNode n = level.get(field);
        if (n == null || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            throw new UnreadableSaveException("format 1 save: levels." + id + "." + field + " is not true or false");
        }
        return n.booleanValue();
    }

    private static int count(JsonNode level, String id, String field) throws UnreadableSaveException {
        JsonNode n = level.get(field);
        if (n == null || n.isNull()) {
            return 0;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 0) {
            throw new UnreadableSaveException("format 1 save: levels." + id + "." + field
                    + " is not a whole number >= 0");
        }
        return n.intValue();
    }
}
