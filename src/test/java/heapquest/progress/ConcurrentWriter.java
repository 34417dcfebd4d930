package heapquest.progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Run in a separate JVM by {@link ConcurrencyTest}: {@code ConcurrentWriter DIR PROFILE PREFIX COUNT [GO]}
 * records COUNT answers, each on its own level {@code PREFIX-i}, all on the concept "shared". With GO,
 * it first creates {@code GO.PREFIX.ready} and waits for the file GO to exist, so that several JVMs
 * start writing at the same moment rather than one after the other.
 */
public final class ConcurrentWriter {
    private ConcurrentWriter() {
    }

    public static void main(String[] args) throws Exception {
        SaveStore store = new SaveStore(Path.of(args[0]), Clock.systemUTC());
        int count = Integer.parseInt(args[3]);
        if (args.length > 4) {
            Path go = Path.of(args[4]);
            Files.createFile(Path.of(args[4] + "." + args[2] + ".ready"));
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!Files.exists(go)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no go signal");
                }
                Thread.sleep(2);
            }
        }
        for (int i = 0; i < count; i++) {
            store.recordAnswer(args[1], args[2] + "-" + i, List.of("shared"), i % 2 == 0, false);
        }
    }
}
