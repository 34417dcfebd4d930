package heapquest.engine.syntax;

/** Every syntax node knows where it starts in the source, so every error can say where it happened. */
public interface Node {
    Pos pos();
}
