package heapquest.level;

import java.util.List;
import java.util.Map;

/**
 * A level's Python program and where it sits in the level file: program line N is file line
 * {@code firstLine + N - 1}, and program column C is file column {@code indent + C} (the block
 * scalar's indentation), so errors in the program are reported where the author sees them.
 *
 * @param markers the {@code # @name} markers by name, in program order
 */
public record Program(String text, int firstLine, int indent, Map<String, Markers.Marker> markers) {

    public Program {
        markers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(markers));
    }

    public List<String> lines() {
        return List.of(text.split("\n", -1));
    }

    public int lineCount() {
        String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return t.isEmpty() ? 0 : t.split("\n", -1).length;
    }

    /** The file position of a program position (both 1-based). */
    public Loc fileLoc(int programLine, int programCol) {
        if (firstLine <= 0) {
            return Loc.NONE;
        }
        int line = Math.max(1, Math.min(programLine, Math.max(1, lineCount())));
        return new Loc(firstLine + line - 1, indent + Math.max(1, programCol));
    }

    /** The program line of a marker, or -1. */
    public int lineOf(String marker) {
        Markers.Marker m = markers.get(marker);
        return m == null ? -1 : m.line();
    }

    /** The source line, stripped, for messages. */
    public String lineText(int programLine) {
        List<String> l = lines();
        return programLine >= 1 && programLine <= l.size() ? l.get(programLine - 1).strip() : "";
    }
}
