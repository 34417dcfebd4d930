package heapquest.engine.runtime;

import heapquest.engine.heap.PyType;

import java.util.LinkedHashMap;
import java.util.Map;

/** The built-in exception classes the subset can raise or catch, with CPython's hierarchy. */
final class Exceptions {
    final Map<String, PyType> byName = new LinkedHashMap<>();
    final PyType baseException, exception, arithmeticError, lookupError, valueError, typeError, keyError,
            indexError, nameError, unboundLocalError, attributeError, zeroDivisionError, runtimeError,
            recursionError, assertionError, stopIteration, memoryError, notImplementedError, overflowError,
            referenceError, keyboardInterrupt, systemExit;

    Exceptions(ObjectSpace space) {
        baseException = make(space, "BaseException", space.objectType);
        systemExit = make(space, "SystemExit", baseException);
        keyboardInterrupt = make(space, "KeyboardInterrupt", baseException);
        exception = make(space, "Exception", baseException);
        arithmeticError = make(space, "ArithmeticError", exception);
        zeroDivisionError = make(space, "ZeroDivisionError", arithmeticError);
        overflowError = make(space, "OverflowError", arithmeticError);
        lookupError = make(space, "LookupError", exception);
        keyError = make(space, "KeyError", lookupError);
        indexError = make(space, "IndexError", lookupError);
        valueError = make(space, "ValueError", exception);
        typeError = make(space, "TypeError", exception);
        nameError = make(space, "NameError", exception);
        unboundLocalError = make(space, "UnboundLocalError", nameError);
        attributeError = make(space, "AttributeError", exception);
        runtimeError = make(space, "RuntimeError", exception);
        recursionError = make(space, "RecursionError", runtimeError);
        notImplementedError = make(space, "NotImplementedError", runtimeError);
        assertionError = make(space, "AssertionError", exception);
        stopIteration = make(space, "StopIteration", exception);
        memoryError = make(space, "MemoryError", exception);
        referenceError = make(space, "ReferenceError", exception);
    }

    private PyType make(ObjectSpace space, String name, PyType base) {
        PyType t = new PyType(space.heap.nextSerial(), space.typeType, name, base, true);
        t.instancesWeakReferenceable = true;
        space.placeStatic(t);
        byName.put(name, t);
        return t;
    }
}
