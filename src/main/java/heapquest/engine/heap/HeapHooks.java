package heapquest.engine.heap;

/**
 * What the heap needs from the interpreter when objects die: running {@code __del__} and weakref
 * callbacks is Python code, which only the interpreter can execute.
 */
public interface HeapHooks {

    /** Whether the object's class defines {@code __del__}. */
    boolean hasFinalizer(PyObject o);

    /** Calls {@code o.__del__()}; exceptions are reported as "Exception ignored in" and swallowed. */
    void runFinalizer(PyObject o);

    /** Calls {@code callback(weakref)}; exceptions are reported and swallowed. */
    void runCallback(PyWeakref weakref, PyObject callback);
}
