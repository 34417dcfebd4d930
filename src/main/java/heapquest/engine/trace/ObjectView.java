package heapquest.engine.trace;

import java.util.List;

/**
 * One live object at a step, as the viewer shows it.
 *
 * @param summary    its value in short ({@code 10}, {@code 'abc'}, {@code [1, 2, 3]}, {@code <elephant>})
 * @param references its outgoing references in order (sequence items first, then keyed slots)
 * @param weakTarget for a weak reference, the serial of its referent; -1 if dead or not a weakref
 */
public record ObjectView(int id, long address, String type, String summary, long refcount,
                         List<Reference> references, boolean gcTracked, boolean isStatic,
                         boolean isWeakref, int weakTarget) {

    /** {@code hex(id(x))} as Python prints it. */
    public String hexAddress() {
        return "0x" + Long.toHexString(address);
    }
}
