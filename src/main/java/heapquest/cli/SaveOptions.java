package heapquest.cli;

import heapquest.progress.LoadResult;
import heapquest.progress.Profile;
import heapquest.progress.ProfileName;
import heapquest.progress.SaveStore;
import heapquest.progress.SavesLocation;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Where the player's progress lives ({@code --saves DIR}, {@code --profile NAME}; a picocli mixin
 * shared by every command that reads or writes saves), so they all resolve the folder and the
 * profile the same way: the option, else {@code HEAPQUEST_SAVES}, else {@code saves/}; the profile
 * given, else one made from the user name.
 */
final class SaveOptions {
    @Option(names = "--saves", paramLabel = "DIR",
            description = "Where progress is kept (default: $HEAPQUEST_SAVES, else ./saves).")
    String saves;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "The player whose progress to use (default: your user name).")
    String profile;

    SavesLocation location(Map<String, String> env) {
        return SavesLocation.resolve(saves, env);
    }

    SaveStore store(Map<String, String> env) {
        return SaveStore.open(location(env));
    }

    /** The store to use and the profile in it. */
    record Saves(SaveStore store, String profile) {}

    /**
     * The store and the profile for the environment.
     *
     * @throws IllegalArgumentException with a message fit to show the player, for an invalid --profile
     */
    Saves open(Map<String, String> env) {
        return new Saves(store(env), profileName());
    }

    /**
     * The player's profile as saved. A save that could not be read was moved aside and an empty
     * profile comes back; the one-line warning saying so goes to {@code err}.
     *
     * @throws IllegalArgumentException with a message fit to show the player, for an invalid --profile
     */
    Profile load(Map<String, String> env, PrintWriter err) throws IOException {
        Saves s = open(env);
        LoadResult r = s.store().load(s.profile());
        r.warning().ifPresent(w -> err.println("heapquest: " + w));
        return r.profile();
    }

    /**
     * The profile name to use.
     *
     * @throws IllegalArgumentException with a message fit to show the player, for an invalid --profile
     */
    String profileName() {
        return profile == null ? ProfileName.defaultName() : ProfileName.validate(profile);
    }
}
