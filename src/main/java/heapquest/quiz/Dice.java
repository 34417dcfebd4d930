package heapquest.quiz;

/**
 * The quiz's source of chance: SplitMix64 (Steele, Lea and Flood, 2014), written out here so that
 * a seed gives the same quiz on every JVM and Java version (an instructor hands a class one seed).
 *
 * <p>Why not {@link java.util.Random}: its first outputs for nearby seeds are nearly equal, so seeds
 * 1, 2, 3 would give nearly the same quiz, and seeds are exactly what people type. SplitMix64 mixes
 * every bit of the seed into every output.
 */
final class Dice {
    private long state;

    Dice(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1): the top 53 bits. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound) (the tiny modulo bias is irrelevant for a few dozen questions). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return (int) Long.remainderUnsigned(nextLong(), bound);
    }
}
