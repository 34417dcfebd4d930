package heapquest.progress;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Profile names, which are also file names ({@code NAME.json}), so they are restricted to what is
 * safe as a file name everywhere: 1 to 64 of {@code A-Z a-z 0-9 . _ -}.
 *
 * <p>Also refused, each for a reason: a leading dot (hidden files, and our temporary files start
 * with one), a trailing dot (Windows drops it, so "a." and "a" would be one file), Windows device
 * names such as {@code con} or {@code nul.x} (cannot be files there), and names that look like a
 * moved-aside copy, {@code x.corrupt-...} or {@code x.backup-...} (they would be confused with those
 * in {@link SaveStore#listProfiles()}).
 */
public final class ProfileName {
    public static final int MAX_LENGTH = 64;
    /** Used when nothing usable is left of the user name. */
    public static final String FALLBACK = "player";

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");
    private static final Pattern DISALLOWED_CHAR = Pattern.compile("[^A-Za-z0-9._-]");
    private static final Pattern LOOKS_MOVED_ASIDE = Pattern.compile(".*\\.(corrupt|backup)-.*");
    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private ProfileName() {
    }

    /** True if {@code name} may be used as a profile name as it is. */
    public static boolean isValid(String name) {
        return problem(name) == null;
    }

    /**
     * Returns {@code name} if it is a valid profile name.
     *
     * @throws IllegalArgumentException with a message fit to show the player
     */
    public static String validate(String name) {
        String problem = problem(name);
        if (problem != null) {
            throw new IllegalArgumentException("Invalid profile name " + quote(name) + ": " + problem);
        }
        return name;
    }

    /** The default profile: this JVM's user name, made safe with {@link #sanitize}. */
    public static String defaultName() {
        return sanitize(System.getProperty("user.name"));
    }

    /**
     * Turns any string (typically a user name) into a valid profile name: every disallowed character
     * becomes '_', leading and trailing dots become '_', long names are cut to 64 characters, and
     * what is still not valid (empty, a device name, a moved-aside look-alike) is prefixed or replaced.
     * Deterministic, so the same user always gets the same profile.
     */
    public static String sanitize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return FALLBACK;
        }
        String s = DISALLOWED_CHAR.matcher(raw).replaceAll("_");
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH);
        }
        if (s.startsWith(".")) {
            s = "_" + s.substring(1);
        }
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1) + "_";
        }
        if (isWindowsDevice(s)) {
            s = ("_" + s).substring(0, Math.min(MAX_LENGTH, s.length() + 1));
        }
        if (LOOKS_MOVED_ASIDE.matcher(s).matches()) {
            s = s.replace(".corrupt-", "_corrupt-").replace(".backup-", "_backup-");
        }
        return isValid(s) ? s : FALLBACK;
    }

    private static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "it is empty";
        }
        if (name.length() > MAX_LENGTH) {
            return "it is longer than " + MAX_LENGTH + " characters";
        }
        if (!ALLOWED.matcher(name).matches()) {
            return "use only letters A-Z and a-z, digits, '.', '_' and '-'";
        }
        if (name.startsWith(".") || name.endsWith(".")) {
            return "it may not start or end with '.'";
        }
        if (isWindowsDevice(name)) {
            return "it is a reserved device name on Windows";
        }
        if (LOOKS_MOVED_ASIDE.matcher(name).matches()) {
            return "names containing '.corrupt-' or '.backup-' are kept for copies of saves";
        }
        return null;
    }

    private static boolean isWindowsDevice(String name) {
        int dot = name.indexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT);
        return WINDOWS_DEVICES.contains(base);
    }

    private static String quote(String name) {
        if (name == null) {
            return "(none)";
        }
        // Show control characters visibly; the message ends up on one terminal line.
        StringBuilder b = new StringBuilder("\"");
        name.codePoints().limit(80).forEach(cp -> {
            if (Character.isISOControl(cp)) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        if (name.codePointCount(0, name.length()) > 80) {
            b.append("...");
        }
        return b.append('"').toString();
    }
}
