package org.mentorhub.matching;

import java.util.List;

/**
 * Bad input to the matching engine: thrown before any result is built, so callers never see a partial result.
 * Carries a typed {@link Problem} plus an i18n message key and arguments for the user-facing text.
 */
public final class MatchingInputException extends RuntimeException {

    /** What is wrong with the input. */
    public enum Problem {
        INVALID_WEIGHTS("mentorhub.match.error.weights"),
        UNKNOWN_PARTICIPANT("mentorhub.match.error.unknown.participant"),
        DUPLICATE_PARTICIPANT("mentorhub.match.error.duplicate.participant"),
        NEGATIVE_CAPACITY("mentorhub.match.error.capacity"),
        EMPTY_PROGRAM("mentorhub.match.error.empty"),
        DUPLICATE_CANDIDATE("mentorhub.match.error.duplicate.candidate"),
        INVALID_SCORE("mentorhub.match.error.score"),
        INVALID_PARAMETER("mentorhub.match.error.parameter");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Problem problem;
    private final List<Object> arguments;

    public MatchingInputException(Problem problem, String detail, Object... arguments) {
        super(detail);
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    public Problem problem() {
        return problem;
    }

    public Message message() {
        return new Message(problem.messageKey(), arguments);
    }

    public static void require(boolean condition, Problem problem, String detail, Object... arguments) {
        if (!condition) {
            throw new MatchingInputException(problem, detail, arguments);
        }
    }
}
