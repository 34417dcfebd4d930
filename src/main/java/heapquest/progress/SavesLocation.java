package heapquest.progress;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where saves live, and why there: the {@code --saves DIR} option, else the {@code HEAPQUEST_SAVES}
 * environment variable, else {@code saves/} (relative to the working directory). A blank value counts
 * as absent, so {@code HEAPQUEST_SAVES=} does not mean "the working directory".
 *
 * <p>Takes the environment as a map (pass {@code System.getenv()}) so tests need not change it.
 *
 * @param directory the saves directory (not created here: the store creates it on first write)
 * @param source    which of the three chose it, for messages such as "saves in ~/hq (from HEAPQUEST_SAVES)"
 */
public record SavesLocation(Path directory, Source source) {
    public static final String ENV_VARIABLE = "HEAPQUEST_SAVES";
    public static final Path DEFAULT_DIRECTORY = Path.of("saves");

    public enum Source {
        OPTION("--saves"), ENVIRONMENT(ENV_VARIABLE), DEFAULT("default");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        /** "--saves", "HEAPQUEST_SAVES" or "default". */
        public String label() {
            return label;
        }
    }

    public SavesLocation {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(source, "source");
    }

    /**
     * @param option the {@code --saves} value, or null if not given
     * @param env    the environment
     * @throws java.nio.file.InvalidPathException if the chosen value is not a path on this platform
     */
    public static SavesLocation resolve(String option, Map<String, String> env) {
        if (option != null && !option.isBlank()) {
            return new SavesLocation(Path.of(option), Source.OPTION);
        }
        String fromEnv = env == null ? null : env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new SavesLocation(Path.of(fromEnv), Source.ENVIRONMENT);
        }
        return new SavesLocation(DEFAULT_DIRECTORY, Source.DEFAULT);
    }
}
