/**
 * Saves: player profiles, level progress, concept mastery and quiz results, stored as one JSON file
 * per profile in a saves directory.
 *
 * <p>This package depends on nothing else of heapquest. Levels and concepts are plain strings; the
 * store never checks them against the level pack (a level that was removed keeps its entry).
 *
 * <p>Values are immutable records; every change is a function {@code Profile -> Profile} applied by
 * {@link heapquest.progress.SaveStore#update} under a per-profile lock, then written atomically.
 * Nothing here prints: problems a player should see come back as warning strings
 * ({@link heapquest.progress.LoadResult#warning()}), failures to write as {@link java.io.IOException}.
 *
 * <p>File layout of a saves directory {@code DIR}:
 * <ul>
 *   <li>{@code DIR/NAME.json} — the profile (format: {@link heapquest.progress.SaveFile});</li>
 *   <li>{@code DIR/NAME.lock} — empty sidecar used only for {@link java.nio.channels.FileLock};
 *       never deleted, since deleting a lock file races with another process opening it;</li>
 *   <li>{@code DIR/NAME.corrupt-yyyyMMdd-HHmmss[-N].json} — an unreadable save, moved aside;</li>
 *   <li>{@code DIR/NAME.backup-yyyyMMdd-HHmmss[-N].json} — the save as it was before a reset;</li>
 *   <li>{@code DIR/.NAME.json.*.tmp} — a write in flight (or left by a crash; removed on the next
 *       update of that profile).</li>
 * </ul>
 */
package heapquest.progress;
