package heapquest.level;

import java.nio.file.Path;
import java.util.List;

/**
 * A level: a short lesson, a Python program with {@code # @name} markers, and questions about the
 * heap at those markers.
 *
 * @param chapter    the chapter folder's name ({@code 02-rebinding}), or "" for a file outside a pack
 * @param sourceFile the file it was read from
 * @param where      positions of its parts in that file, for messages
 */
public record Level(String id, String title, String chapter, List<String> concepts, String lesson,
                    Program program, List<Question> questions, Path sourceFile, SourceMap where) {

    public Level {
        concepts = List.copyOf(concepts);
        questions = List.copyOf(questions);
    }
}
