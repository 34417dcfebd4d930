package heapquest.level;

/**
 * The commented level {@code heapquest new ID} writes: every part of the format, one question of each
 * kind, explained in comments. It validates as it is (a test makes sure), so an author starts from
 * something that works and changes it step by step.
 */
public final class LevelTemplate {
    private LevelTemplate() {
    }

    /**
     * The template for a level id; {@code schemaPath} (may be null) is the JSON Schema's path relative
     * to the new file, for editors with the YAML language server.
     */
    public static String render(String id, String schemaPath) {
        String modeline = schemaPath == null ? "" : "# yaml-language-server: $schema=" + schemaPath + "\n";
        return modeline + """
                # A heapquest level. The reference for every key is docs/level-format.md.
                # Check this file:            heapquest validate THIS_FILE
                # Read the engine's answers:  heapquest solve THIS_FILE

                # Unique in the pack: lowercase words joined by '-'.
                id: %s
                # Shown in the level list and above the program. One line.
                title: "TODO: a short title"
                # What the level teaches: ids, rebinding, aliasing, mutation, refcount, del, containers,
                # small-ints, interning, constants, free-lists, scopes, closures, defaults, exceptions,
                # weakref, finalizers, gc, cycles.
                concepts: [aliasing, refcount, weakref]
                # Shown before the program starts: a few sentences, plain text.
                lesson: |
                  A name refers to an object; `b = a` gives the same object a second name.
                  Every reference counts, and an object is freed the moment its count drops to zero.
                  A weak reference does not count: it only lets you ask whether the object still exists.

                # The Python program, run on the simulated CPython 3.11 heap. Keep 'program: |' (a literal
                # block): line 1 of the program is the line below it. Questions point at lines with
                # markers: a comment '# @name' at the end of the line, so lines can move freely.
                program: |
                  import weakref

                  class Box:
                      pass

                  a = Box()              # @made
                  b = a                  # @alias
                  w = weakref.ref(a)
                  print("boxes:", 1)     # @show
                  del a                  # @del_a
                  b = None               # @drop

                # The questions. Answers are never written here: heapquest computes them by running the
                # program. 'expect' is optional: write what you believe the answer is, and validation fails
                # if the engine disagrees (it catches a misconception before students see it).
                questions:
                  # same: are two expressions the same object? (exprs: the two expressions)
                  - id: same-box
                    kind: same
                    marker: del_a          # the question is about the line marked '# @del_a'...
                    exprs: [a, b]          # ...and, by default, about the moment just before it runs
                    choices: auto          # yes / no
                    hint: Does assignment copy an object?
                    explain: "b = a made a second name for the box; no copy was made."
                    expect: yes

                  # refcount: sys.getrefcount(expr) - 1, the references to the object.
                  - id: count-after-del
                    kind: refcount
                    marker: del_a
                    timing: after          # before (default) or after the line runs
                    expr: b
                    choices: auto          # the answer and its neighbours
                    hint: del removes a name, not an object.
                    explain: "After del a, only b refers to the box; the weak reference w does not count."
                    expect: 1

                  # alive: is the weak reference alive (w() is not None)?
                  - id: w-alive
                    kind: alive
                    marker: drop
                    timing: after
                    expr: w
                    choices: auto
                    explain: "b = None dropped the last reference: the box was freed and w died with it."

                  # freed: which objects does the line free? The player picks them by name.
                  - id: what-dies
                    kind: freed
                    marker: drop
                    choices: auto
                    explain: "The box loses its last reference when b is rebound."

                  # output: what does the line print?
                  - id: printed
                    kind: output
                    marker: show

                  # id: what is hex(id(expr))? Addresses are deterministic in heapquest.
                  - id: box-id
                    kind: id
                    marker: made
                    timing: after
                    expr: a
                    choices: auto

                  # value: what any expression evaluates to (its repr).
                  - id: deref
                    kind: value
                    marker: show
                    expr: w() is b
                    prompt: "Calling w() gives the object, or None. What is w() is b here?"
                """.formatted(id);
    }
}
