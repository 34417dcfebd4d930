package heapquest.quiz;

/** A quiz question answered: what the player said and whether it was right. */
public record Answered(QuizItem item, String given, boolean right) {}
