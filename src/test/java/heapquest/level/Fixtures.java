package heapquest.level;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/** Paths of the level fixtures under src/test/resources/levels/. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String relative) {
        URL url = Fixtures.class.getResource("/levels/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("no fixture levels/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The repository root (Surefire sets heapquest.root; otherwise the working directory). */
    static Path root() {
        return Path.of(System.getProperty("heapquest.root", "."));
    }

    /** Validates one path and returns its problems as "line:col: message", checking they name the file. */
    static List<String> problems(Path p) {
        Validator.Report r = new Validator().validate(List.of(p));
        return r.problems().stream().map(pr -> {
            if (!pr.file().startsWith(p.toString())) {
                throw new AssertionError("problem names " + pr.file() + ", not " + p);
            }
            return pr.line() + ":" + pr.col() + ": " + pr.message();
        }).toList();
    }
}
