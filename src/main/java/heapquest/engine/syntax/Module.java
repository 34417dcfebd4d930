package heapquest.engine.syntax;

import java.util.List;

/** A parsed program: its statements and the source lines they came from. */
public record Module(List<Stmt> body, List<String> lines) {}
