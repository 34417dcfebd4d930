package heapquest.cli;

import heapquest.progress.ProfileName;
import heapquest.progress.SaveStore;
import heapquest.progress.SavesLocation;
import picocli.CommandLine.Option;

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

    /**
     * The profile name to use.
     *
     * @throws IllegalArgumentException with a message fit to show the player, for an invalid --profile
     */
    String profileName() {
        return profile == null ? ProfileName.defaultName() : ProfileName.validate(profile);
    }
}
