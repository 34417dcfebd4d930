package heapquest.level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile level files are rejected quickly, with a clear message, without exceptions or exhausting
 * memory: huge, deeply nested, alias bombs, binary garbage, the wrong encodings.
 */
class HostileFilesTest {

    /** Generous for a loaded 2-core machine; each of these takes milliseconds when alone. */
    private static final Duration FAST = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private static final String GOOD = """
            id: tiny
            title: Tiny
            concepts: [refcount]
            lesson: |
              Tiny.
            program: |
              a = [1]      # @start
            questions:
              - id: q1
                kind: refcount
                marker: start
                timing: after
                expr: a
            """;

    /** Loads the file (format checks only, no engine) within the time limit and returns its problems. */
    private List<Problem> load(Path file) {
        LevelLoader.Loaded l = assertTimeoutPreemptively(FAST, () -> LevelLoader.load(file, file.toString(), ""));
        return l.problems();
    }

    private static void assertOnly(List<Problem> problems, String message) {
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(message, problems.get(0).message());
    }

    @Test
    void aTenMegabyteFileIsRejectedBeforeItIsRead() throws IOException {
        Path f = dir.resolve("huge.yaml");
        try (OutputStream out = Files.newOutputStream(f)) {
            byte[] line = "title: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n".getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 10L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        List<Problem> p = load(f);
        assertOnly(p, "file is too large (10.0 MiB; a level file may be at most 256 KiB)");
        assertEquals(0, p.get(0).line());
        assertEquals(f + ": error: file is too large (10.0 MiB; a level file may be at most 256 KiB)", p.get(0).format());
    }

    @Test
    void tenThousandDeepFlowNestingIsRejected() throws IOException {
        Path f = write("deep.yaml", "id: x\nquestions: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        List<Problem> p = load(f);
        assertOnly(p, "the file nests more than 20 levels deep; a level file needs four");
        assertEquals(2, p.get(0).line());
    }

    @Test
    void tenThousandDeepBlockNestingIsRejected() throws IOException {
        // block sequences nest on one line: "- - - x" is [[[x]]]
        List<Problem> p = load(write("deep-block.yaml", "- ".repeat(10_000) + "x\n"));
        assertOnly(p, "the file nests more than 20 levels deep; a level file needs four");
    }

    @Test
    void anAliasBombIsRejectedAtItsFirstAnchor() throws IOException {
        StringBuilder b = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            b.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                b.append(i == 0 ? "" : ",").append('*').append(p);
            }
            b.append("]\n");
        }
        List<Problem> p = load(write("bomb.yaml", b.toString()));
        assertOnly(p, "anchors and aliases (&x, *x) are not allowed in level files; write the value out");
        assertEquals(1, p.get(0).line());
        assertEquals(4, p.get(0).col());
    }

    @Test
    void anAliasToAScalarIsRejectedToo() throws IOException {
        List<Problem> p = load(write("alias.yaml", "id: &i tiny\ntitle: *i\n"));
        assertOnly(p, "anchors and aliases (&x, *x) are not allowed in level files; write the value out");
        assertEquals(1, p.get(0).line());
    }

    @Test
    void randomBytesAreReportedAsBinary() throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new Random(42).nextBytes(bytes);
        Path f = dir.resolve("random.yaml");
        Files.write(f, bytes);
        List<Problem> p = load(f);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).message().startsWith("file is binary, not text (a NUL byte at offset "), p.get(0).message());
    }

    @Test
    void randomBytesWithoutNulAreReportedAsInvalidUtf8() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                bytes[i] = (byte) 0xff;
            }
        }
        bytes[0] = 'a';
        bytes[1] = (byte) 0xff;
        Path f = dir.resolve("garbage.yaml");
        Files.write(f, bytes);
        List<Problem> p = load(f);
        assertOnly(p, "file is not valid UTF-8 (byte 0xff at offset 1); is it Latin-1 or Windows-1252? Save it as UTF-8");
        assertEquals(1, p.get(0).line());
        assertEquals(2, p.get(0).col());
    }

    @Test
    void utf16WithByteOrderMarkIsRejected() throws IOException {
        Path f = dir.resolve("utf16.yaml");
        Files.write(f, GOOD.getBytes(StandardCharsets.UTF_16)); // Java writes a big-endian BOM
        assertOnly(load(f), "file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8");
    }

    @Test
    void utf16WithoutByteOrderMarkIsRejected() throws IOException {
        Path f = dir.resolve("utf16le.yaml");
        Files.write(f, GOOD.getBytes(StandardCharsets.UTF_16LE));
        assertOnly(load(f), "file looks like UTF-16 without a byte-order mark (every other byte is 0); save it as UTF-8");
    }

    @Test
    void utf32IsRejected() throws IOException {
        Path f = dir.resolve("utf32.yaml");
        byte[] body = GOOD.getBytes(Charset.forName("UTF-32BE"));
        byte[] bytes = new byte[body.length + 4];
        bytes[2] = (byte) 0xFE;
        bytes[3] = (byte) 0xFF;
        System.arraycopy(body, 0, bytes, 4, body.length);
        Files.write(f, bytes);
        assertOnly(load(f), "file is UTF-32 (it starts with a UTF-32 byte-order mark); save it as UTF-8");
    }

    @Test
    void latin1IsRejectedWithThePositionOfTheFirstBadByte() throws IOException {
        Path f = dir.resolve("latin1.yaml");
        Files.write(f, GOOD.replace("title: Tiny", "title: Café").getBytes(StandardCharsets.ISO_8859_1));
        List<Problem> p = load(f);
        assertOnly(p, "file is not valid UTF-8 (byte 0xe9 at offset 19); is it Latin-1 or Windows-1252? Save it as UTF-8");
        assertEquals(2, p.get(0).line());
        assertEquals(11, p.get(0).col());
        assertEquals(f + ":2:11: error: file is not valid UTF-8 (byte 0xe9 at offset 19); is it Latin-1 or "
                + "Windows-1252? Save it as UTF-8", p.get(0).format());
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws IOException {
        Path f = dir.resolve("bom.yaml");
        byte[] body = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(f, bytes);
        LevelLoader.Loaded l = LevelLoader.load(f, f.toString(), "");
        assertEquals(List.of(), l.problems());
        assertNotNull(l.level());
        assertEquals(7, l.level().program().firstLine());
    }

    @Test
    void controlCharactersAreReported() throws IOException {
        List<Problem> p = load(write("bell.yaml", "id: x\ntitle: ding\u0007\n"));
        assertOnly(p, "file contains a control character (U+0007); a level file is plain text");
        assertEquals(2, p.get(0).line());
        assertEquals(12, p.get(0).col());
    }

    @Test
    void aFolderOrMissingFileIsNotALevel() {
        assertOnly(load(dir), "not a regular file");
        assertOnly(load(dir.resolve("nope.yaml")), "no such file");
    }

    @Test
    void aHugeStringJustUnderTheLimitStillLoadsQuickly() throws IOException {
        String big = "x".repeat(200 * 1024);
        Path f = write("big-lesson.yaml", GOOD.replace("lesson: |\n  Tiny.", "lesson: " + big));
        LevelLoader.Loaded l = assertTimeoutPreemptively(FAST, () -> LevelLoader.load(f, f.toString(), ""));
        assertEquals(List.of(), l.problems());
        assertEquals(big, l.level().lesson());
    }

    @Test
    void manyUnknownLongKeysDoNotSlowTheDidYouMean() throws IOException {
        StringBuilder b = new StringBuilder(GOOD);
        for (int i = 0; i < 2000; i++) {
            b.append("k").append(i).append("x".repeat(100)).append(": 1\n");
        }
        List<Problem> p = load(write("keys.yaml", b.toString()));
        assertEquals(2000, p.size());
    }

    @Test
    void validatingHostileFilesNeverThrows() throws IOException {
        write("a.yaml", "[".repeat(100_000));
        write("b.yaml", "{a: " .repeat(5000));
        write("c.yaml", "\"unterminated");
        write("d.yaml", "- - - - - -\n" .repeat(1000));
        write("e.yaml", "? [a, b]\n: c\n");
        write("f.yaml", "id: x\n<<: {a: 1}\n");
        Validator.Report r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new Validator().validate(List.of(dir)));
        assertEquals(6, r.files().size());
        assertTrue(r.problems().size() >= 6, r.problems().toString());
        assertNull(r.problems().stream().filter(p -> p.message().contains("Exception")).findFirst().orElse(null));
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }
}
