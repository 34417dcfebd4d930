package heapquest.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What gc.collect() returns and what it tracks, against python3 3.11.7's output for the same source. */
class CollectorCountsTest {
    @Test
    void weakrefsFreedByTheirCallbacksDuringACollectionAreCounted() {
        // finalize and the weak containers keep a weakref with a Python callback in CPython; when the
        // callback drops that weakref's last reference, collect() counts it with the garbage.
        String out = Output.of("""
                import gc, weakref
                gc.collect()
                class N: pass
                def done(): print("done")
                a = N(); a.me = a
                weakref.finalize(a, done)
                del a
                print(gc.collect())
                b = N(); b.me = b
                s = weakref.WeakSet(); s.add(b)
                del b
                print(gc.collect(), len(s))
                c = N(); c.me = c
                k = weakref.WeakKeyDictionary(); k[c] = 1
                del c
                print(gc.collect(), len(k))
                d = N(); d.me = d
                r = weakref.ref(d, lambda w: print("cb"))
                del d
                print(gc.collect())
                class K: pass
                del K
                print(gc.collect())
                """);
        assertEquals("done\n2\n2 0\n2 0\ncb\n1\n6\n", out);
    }
}
