package heapquest.quiz;

import heapquest.level.Level;
import heapquest.level.Question;

/** A question a quiz may ask, with its level; {@code order} is its place in the course. */
public record Candidate(Level level, Question question, int order) {}
