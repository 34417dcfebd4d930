package heapquest.progress;

import java.util.Objects;
import java.util.Optional;

/**
 * A profile as read (by {@link SaveStore#load}) or as written (by {@link SaveStore#update} and the
 * {@code record...} methods), with the warning for the player produced while reading the save, if
 * any: an unreadable save is moved aside and replaced by an empty profile, and the player must be
 * told. The store never prints it; the caller shows it.
 *
 * @param profile the profile
 * @param warning one line for the player, e.g. "Your save saves/alice.json could not be read (...);
 *                it was moved to saves/alice.corrupt-20261125-101500.json and a new save was started."
 */
public record LoadResult(Profile profile, Optional<String> warning) {
    public LoadResult {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(warning, "warning");
    }
}
