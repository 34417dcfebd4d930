package heapquest.level;

import java.lang.reflect.Method;
import java.nio.file.Path;

/** Reaches NewCommand's package-private schema lookup from this package's tests. */
final class NewCommandAccess {
    private NewCommandAccess() {
    }

    static String schemaPath(Path dir) {
        try {
            Method m = heapquest.cli.NewCommand.class.getDeclaredMethod("schemaPathFrom", Path.class);
            m.setAccessible(true);
            return (String) m.invoke(null, dir);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
