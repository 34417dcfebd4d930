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

    @Test
    void getReferentsFollowsCPythonsTraverseOrder() {
        // list/tuple: last item first; str-keyed dict: values only; other dicts: value then key;
        // objects of non-GC types (int, str, float) have no referents.
        String out = Output.of("""
                import gc
                class Box: pass
                a = Box()
                l = [a, "text", 5]
                print(gc.get_referents(l)[0], gc.get_referents((1, a))[0] is a)
                d = {"k": a}
                print(len(gc.get_referents(d)), gc.get_referents(d)[0] is a)
                g = {1: a}
                r = gc.get_referents(g)
                print(len(r), r[0] is a, r[1])
                print(gc.get_referents(5, "s", 2.5), len(gc.get_referents(l, d)))
                """);
        assertEquals("5 True\n1 True\n2 True 1\n[] 4\n", out);
    }

    @Test
    void constantTuplesAreTrackedUntilTheFirstCollection() {
        // The compiler builds them tracked; the first collection untracks them, and a constant
        // first used after it (built at compile time in CPython) is untracked too.
        String out = Output.of("""
                import gc
                a = (1, (2, 3))
                print(gc.is_tracked(a), gc.is_tracked(a[1]))
                def later():
                    return ("x", 4.5)
                gc.collect()
                print(gc.is_tracked(a), gc.is_tracked(a[1]), gc.is_tracked(later()))
                """);
        assertEquals("True True\nFalse False False\n", out);
    }

    @Test
    void genZeroCountFollowsFreeListsAndTheClassStatementsTemporaries() {
        // Each stored get_count() tuple is a fresh 3-tuple; the first class statement's temporaries
        // (type()'s argument tuple, the dicts) are fresh too and then wait on the free lists, which
        // the list and the next tuple reuse without counting.
        String out = Output.of("""
                import gc
                gc.collect()
                r = []
                r.append(gc.get_count())
                deleted = 0
                r.append(gc.get_count())
                class Node:
                    def __del__(self):
                        global deleted
                        deleted += 1
                r.append(gc.get_count())
                marks = []
                r.append(gc.get_count())
                n = Node()
                r.append(gc.get_count())
                n.me = n
                r.append(gc.get_count())
                print(r)
                n = None
                gc.collect()
                """);
        assertEquals("[(1, 0, 0), (2, 0, 0), (14, 0, 0), (15, 0, 0), (17, 0, 0), (18, 0, 0)]\n", out);
    }

    @Test
    void aFullCollectionEmptiesTheFreeLists() {
        // class A's temporaries wait on the free lists until gc.collect() (generation 2) clears them,
        // so the first get_count() tuple and class F after it are fresh allocations again.
        String out = Output.of("""
                import gc
                class A:
                    pass
                gc.collect()
                r = []
                r.append(gc.get_count()[0])
                r.append(gc.get_count()[0])
                class F:
                    pass
                r.append(gc.get_count()[0])
                print(r)
                """);
        assertEquals("[1, 2, 11]\n", out);
    }
}
