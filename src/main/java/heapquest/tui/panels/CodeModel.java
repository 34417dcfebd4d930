package heapquest.tui.panels;

import java.util.List;
import java.util.Map;

/**
 * A program ready to show: its lines (tabs expanded), the highlighted spans of each, and the
 * question markers ({@code # @name} comments) by line number (1-based).
 */
public record CodeModel(List<String> lines, List<List<PythonHighlighter.Span>> spans, Map<Integer, String> markers,
                        int maxWidth) {

    public static CodeModel of(List<String> source) {
        return PythonHighlighter.model(source);
    }
}
