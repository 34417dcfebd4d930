package heapquest.cli;

import heapquest.level.LevelSchema;
import heapquest.level.LevelTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code heapquest new ID}: writes a commented template level, {@code ID.yaml}, that validates as it
 * is. An ID with a number prefix ({@code 03-weakref-basics}) names the file in level order; the
 * level's id is the rest ({@code weakref-basics}). Never overwrites a file unless --force.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Write a commented template level, ID.yaml, that validates as it is.",
                "With a number prefix (03-weakref-basics) the file sorts in level order; the level id is the rest."})
public final class NewCommand implements Callable<Integer> {

    private static final Pattern ID = Pattern.compile("(\\d{1,4}-)?([a-z0-9]+(?:-[a-z0-9]+)*)");
    static final String SCHEMA = "docs/level-format.schema.json";

    @Parameters(paramLabel = "ID", description = "The level's id, like rebinding-ints or 03-rebinding-ints.")
    String id;

    @Option(names = "--dir", paramLabel = "DIR", description = "Folder to write into (default: the current folder).")
    Path dir = Path.of(".");

    @Option(names = "--force", description = "Overwrite the file if it exists.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Matcher m = ID.matcher(id);
        if (!m.matches() || m.group(2).length() > LevelSchema.MAX_ID_LENGTH) {
            err.println("heapquest: '" + id + "' is not a level id: use lowercase words joined by '-', "
                    + "optionally after a number (like rebinding-ints or 03-rebinding-ints)");
            err.flush();
            return 2;
        }
        Path file = dir.resolve(id + ".yaml");
        if (Files.exists(file) && !force) {
            err.println("heapquest: " + file + " already exists (use --force to overwrite it)");
            err.flush();
            return 1;
        }
        Files.createDirectories(dir);
        String text = LevelTemplate.render(m.group(2), schemaPathFrom(dir));
        if (force) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } else {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        }
        out.println("wrote " + file);
        out.println("check it with:  heapquest validate " + file);
        out.println("see answers:    heapquest solve " + file);
        out.flush();
        return 0;
    }

    /** The JSON Schema's path relative to dir, if a docs/ folder with it is found above dir; else null. */
    static String schemaPathFrom(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        for (Path p = abs; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(SCHEMA))) {
                return abs.relativize(p.resolve(SCHEMA)).toString().replace('\\', '/');
            }
        }
        return null;
    }
}
