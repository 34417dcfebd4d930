package heapquest.engine.runtime;

import heapquest.engine.heap.PyCode;
import heapquest.engine.syntax.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One code object of the program (module, function, lambda, class body or comprehension) after
 * scope analysis: where each name lives, and which constants its co_consts holds.
 */
final class Code {
    enum Kind { MODULE, FUNCTION, CLASS, COMPREHENSION }

    /** Where a name is read and written. */
    sealed interface Access {
        record Fast(int index) implements Access {}

        record Cell(int index) implements Access {}

        record Global() implements Access {}

        /** Module level and class bodies: the namespace dict, then globals, then builtins. */
        record Name() implements Access {}
    }

    static final Access GLOBAL = new Access.Global();
    static final Access NAME = new Access.Name();

    final Kind kind;
    final String name;
    final String qualname;
    final Node node;
    final Code parent;
    final List<Code> children = new ArrayList<>();

    // filled by the scope analysis
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> declaredGlobal = new LinkedHashSet<>();
    final Set<String> declaredNonlocal = new LinkedHashSet<>();
    /** Global and attribute names the code refers to: its co_names, created with the code object. */
    final Set<String> names = new LinkedHashSet<>();
    final List<String> params = new ArrayList<>();
    final List<String> fastNames = new ArrayList<>();
    final List<String> cellNames = new ArrayList<>();
    final Map<String, Access> access = new HashMap<>();

    /** Distinct constants in first-use order (keys of ConstantPool). */
    final List<Object> constKeys = new ArrayList<>();
    PyCode pyCode;

    Code(Kind kind, String name, String qualname, Node node, Code parent) {
        this.kind = kind;
        this.name = name;
        this.qualname = qualname;
        this.node = node;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    Access resolve(String n) {
        Access a = access.get(n);
        if (a != null) {
            return a;
        }
        return kind == Kind.MODULE || kind == Kind.CLASS ? NAME : GLOBAL;
    }

    boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.COMPREHENSION;
    }
}
