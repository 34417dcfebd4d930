/**
 * Self-testing: a quiz of questions drawn from the level pack, asked without the heap view, with a
 * report per concept and the levels to revisit.
 *
 * <p>The pieces, in the order they are used: {@link heapquest.quiz.QuizFilter} picks the levels a
 * quiz may draw from ({@code --concept}, {@code --chapter}); {@link heapquest.quiz.Weakness} turns
 * the player's concept history into weights; {@link heapquest.quiz.QuizDraw} draws the questions;
 * {@link heapquest.quiz.QuizBuilder} solves the levels drawn and makes the {@link heapquest.quiz.Quiz};
 * {@link heapquest.quiz.QuizRun} takes the answers one by one and {@link heapquest.quiz.QuizReport}
 * sums them up and records them in the save.
 *
 * <p>Nothing here knows of terminals, command lines or where the levels live: the plain and the
 * full-screen front ends both drive a {@code QuizRun}.
 */
package heapquest.quiz;
