package heapquest.progress;


import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Where the game keeps the player's progress: one profile of a {@link SaveStore}, loaded at start
 * and changed only by recording what the player did ({@link Activity}). The store applies each
 * record to the save as it is on disk, under the profile's lock, so two games on one profile both
 * count. The game records as an effect, outside update; the plain mode as it goes.
 */
public record ProgressStore(SaveStore store, String profile) {

    public ProgressStore {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(profile, "profile");
    }

    /** The profile as saved; the warning says if the save could not be read (and was moved aside). */
    public LoadResult load() throws IOException {
        return store.load(profile);
    }

    /** Records the activities in one write; returns the profile as now saved. */
    public Profile record(List<Activity> activities) throws IOException {
        return store.record(profile, activities).profile();
    }
}
