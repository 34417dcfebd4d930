package heapquest.progress;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The save file format: JSON codec for {@link Profile}, with version check and migration.
 *
 * <h2>Format 2 (current)</h2>
 * A pretty-printed UTF-8 JSON object, keys in a fixed order (record fields in declaration order, map
 * keys sorted), '\n' line ends, a final newline; the same profile always gives the same bytes:
 * <pre>{@code
 * {
 *   "schemaVersion": 2,
 *   "name": "alice",
 *   "levels": { "<level id>": { "state": "IN_PROGRESS", "step": 4, "questionIndex": 1, ... } },
 *   "concepts": { "<concept>": { "asked": 3, "rightFirstTime": 2, "mastery": 0.6 } },
 *   "quizzes": [ { "date": "2026-11-25T10:15:00Z", "seed": 42, "questions": 5, "right": 4,
 *                  "perConcept": { "<concept>": { "right": 2, "asked": 2 } } } ]
 * }
 * }</pre>
 * Instants are ISO-8601 strings ({@link Instant#toString()}); "no value" is {@code null}.
 * {@code mastery} is derived and ignored on reading. {@code name} is informative: the file name is
 * authoritative (a save copied to {@code bob.json} is Bob's).
 *
 * <h2>Compatibility</h2>
 * <ul>
 *   <li>Older formats are migrated on reading (format 1: {@link SchemaV1}); the next write stores
 *       format 2.</li>
 *   <li>A newer format ({@code schemaVersion} &gt; 2) is refused as unreadable: this program cannot
 *       know what a newer one means, and writing over it would destroy what it cannot represent.</li>
 *   <li>Unknown fields in a format-2 file are <b>ignored</b>, and dropped at the next write. So a
 *       newer writer may add a field without changing the version only if losing it when an older
 *       heapquest writes the save is acceptable; a field that must survive needs a version bump.
 *       We chose this over keeping unknown fields because it keeps every record plain and strict
 *       where it matters: known fields must have the right type and valid values (no coercion of
 *       "3" or 2.5 to an int, no duplicate keys, nothing after the object),
 *       otherwise the save is unreadable rather than silently wrong.</li>
 *   <li>A missing or null field takes its empty value (0, null, empty map or list), so hand-written
 *       saves may be short. Except {@code state}: a level without one is unreadable.</li>
 * </ul>
 */
final class SaveFile {
    static final int CURRENT_VERSION = 2;
    static final String VERSION_KEY = "schemaVersion";

    /** A decoded save and the format it was stored in (to know whether it was migrated). */
    record Decoded(Profile profile, int storedVersion) {
        boolean migrated() {
            return storedVersion != CURRENT_VERSION;
        }
    }

    private final JsonMapper mapper;
    private final ObjectWriter writer;

    SaveFile() {
        SimpleModule instants = new SimpleModule("heapquest-instants");
        // jackson-datatype-jsr310 is not a dependency; an Instant as its ISO-8601 string is all we need.
        instants.addSerializer(Instant.class, ToStringSerializer.instance);
        instants.addDeserializer(Instant.class, new InstantDeserializer());
        mapper = JsonMapper.builder()
                .addModule(instants)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
        DefaultIndenter newlines = new DefaultIndenter("  ", "\n"); // not the platform's line separator
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pretty.indentObjectsWith(newlines);
        pretty.indentArraysWith(newlines);
        writer = mapper.writer(pretty);
    }

    /** The bytes of a save holding {@code profile}, in the current format. */
    byte[] encode(Profile profile) {
        ObjectNode root = mapper.createObjectNode();
        root.put(VERSION_KEY, CURRENT_VERSION);
        root.setAll((ObjectNode) mapper.valueToTree(profile));
        try {
            byte[] json = writer.writeValueAsBytes(root);
            byte[] withNewline = Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (JsonProcessingException e) {
            // Our own records always serialise; failing here is a bug, not a bad file.
            throw new IllegalStateException("cannot encode profile " + profile.name(), e);
        }
    }

    /**
     * The profile stored in {@code bytes}, named {@code profileName} whatever the file says.
     *
     * @throws UnreadableSaveException with a one-phrase reason if the bytes are not a save we can read
     */
    Decoded decode(byte[] bytes, String profileName) throws UnreadableSaveException {
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new UnreadableSaveException("the file is empty");
        }
        if (allZero(bytes)) {
            // What some file systems leave after a crash during a non-atomic write: say so, it helps.
            throw new UnreadableSaveException("the file holds only zero bytes");
        }
        JsonNode root = parse(bytes);
        if (!root.isObject()) {
            throw new UnreadableSaveException("expected a JSON object, found " + kind(root));
        }
        int version = version((ObjectNode) root);
        ObjectNode current;
        if (version == CURRENT_VERSION) {
            current = ((ObjectNode) root).deepCopy();
        } else if (version == SchemaV1.VERSION) {
            current = SchemaV1.toV2((ObjectNode) root);
        } else if (version > CURRENT_VERSION) {
            throw new UnreadableSaveException("it was saved by a newer version of heapquest (save format "
                    + version + "; this version reads formats up to " + CURRENT_VERSION + ")");
        } else {
            throw new UnreadableSaveException("unknown save format " + version);
        }
        current.remove(VERSION_KEY);
        current.put("name", profileName);
        try {
            Profile profile = mapper.treeToValue(current, Profile.class);
            return new Decoded(profile, version);
        } catch (JsonMappingException e) {
            // Locations can be looked up in the original bytes only if the tree has the file's shape.
            throw new UnreadableSaveException(describe(e, version == CURRENT_VERSION ? bytes : null));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableSaveException("invalid content (" + firstLine(e.getMessage()) + ")");
        }
    }

    private static boolean allZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private JsonNode parse(byte[] bytes) throws UnreadableSaveException {
        try {
            JsonNode root = mapper.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new UnreadableSaveException("the file is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            String what = endsEarly(e, bytes) ? "truncated JSON" : "not valid JSON";
            String detail = original.startsWith("Duplicate field") ? ": a key appears twice" : "";
            throw new UnreadableSaveException(what + at(e.getLocation()) + detail);
        } catch (IOException e) {
            // From a byte array this is a decoding failure, e.g. bytes that are not UTF-8/16/32.
            throw new UnreadableSaveException("not valid JSON (" + firstLine(e.getMessage()) + ")");
        }
    }

    /**
     * True if parsing failed because the input ended too soon (a save cut short by a crash of a
     * non-atomic writer, or a partial copy). Jackson reports some of these as {@link JsonEOFException}
     * and some ("end-of-input within/between Object entries") as a plain parse error, so also look
     * at where it stopped: at or after the last non-blank byte.
     */
    private static boolean endsEarly(JsonProcessingException e, byte[] bytes) {
        if (e instanceof JsonEOFException) {
            return true;
        }
        JsonLocation loc = e.getLocation();
        if (loc == null || loc.getByteOffset() < 0) {
            return false;
        }
        int end = bytes.length;
        while (end > 0 && Character.isWhitespace(bytes[end - 1])) {
            end--;
        }
        return loc.getByteOffset() >= end;
    }

    private static int version(ObjectNode root) throws UnreadableSaveException {
        JsonNode v = root.get(VERSION_KEY);
        if (v != null) {
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw new UnreadableSaveException(VERSION_KEY + " is not a whole number");
            }
            return v.intValue();
        }
        JsonNode old = root.get("version"); // format 1's name for it
        if (old == null) {
            throw new UnreadableSaveException("it has no " + VERSION_KEY);
        }
        if (old.isIntegralNumber() && old.canConvertToInt() && old.intValue() == SchemaV1.VERSION) {
            return SchemaV1.VERSION;
        }
        throw new UnreadableSaveException("unknown save format (\"version\": " + old + ", no " + VERSION_KEY + ")");
    }

    /** E.g. "wrong value for levels.intro.stars at line 7, column 16 (expected a whole number)". */
    private String describe(JsonMappingException e, byte[] originalBytes) {
        List<JsonMappingException.Reference> path = e.getPath();
        if (path.isEmpty()) {
            // Thrown by the profile itself (e.g. a null entry in a map): no useful position to give.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return "invalid content (" + firstLine(cause.getMessage()) + ")";
        }
        String where = " for " + dotted(path);
        String location = originalBytes == null ? "" : at(locate(originalBytes, pointer(path)));
        String why;
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            why = firstLine(e.getCause().getMessage());
        } else if (e instanceof MismatchedInputException && ((MismatchedInputException) e).getTargetType() != null) {
            why = "expected " + expected(((MismatchedInputException) e).getTargetType());
        } else {
            why = firstLine(e.getOriginalMessage());
        }
        return "wrong value" + where + location + " (" + why + ")";
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant such as \"2026-11-25T10:15:00Z\"";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }

    private static String dotted(List<JsonMappingException.Reference> path) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            } else {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static JsonPointer pointer(List<JsonMappingException.Reference> path) {
        JsonPointer p = JsonPointer.empty();
        for (JsonMappingException.Reference r : path) {
            p = r.getFieldName() != null ? p.appendProperty(r.getFieldName()) : p.appendIndex(r.getIndex());
        }
        return p;
    }

    /** Where the value at {@code pointer} starts in {@code bytes}, or null. */
    private JsonLocation locate(byte[] bytes, JsonPointer pointer) {
        try (JsonParser p = mapper.createParser(bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY
                        && pointer.equals(p.getParsingContext().pathAsPointer())) {
                    return p.currentTokenLocation();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only a nicety for the message; the file already parsed once.
        }
        return null;
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String kind(JsonNode node) {
        switch (node.getNodeType()) {
            case ARRAY: return "an array";
            case STRING: return "a string";
            case NUMBER: return "a number";
            case BOOLEAN: return "a boolean";
            case NULL: return "null";
            default: return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Instants as ISO-8601 strings; anything else is a wrong value. */
    private static final class InstantDeserializer extends StdScalarDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getText();
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant");
            }
        }
    }
}
