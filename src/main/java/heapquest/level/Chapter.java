package heapquest.level;

import java.nio.file.Path;
import java.util.List;

/**
 * A chapter: a folder {@code levels/NN-name/} with an optional {@code chapter.yaml} (title, order,
 * summary) and its levels in file-name order.
 *
 * @param id    the folder name ({@code 02-rebinding})
 * @param order from chapter.yaml, else the folder's number prefix, else a large number
 */
public record Chapter(String id, String title, int order, String summary, Path folder, List<Level> levels) {

    public Chapter {
        levels = List.copyOf(levels);
    }
}
