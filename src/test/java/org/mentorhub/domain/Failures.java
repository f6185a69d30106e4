package org.mentorhub.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Runs code that must fail with a MentorHub exception and hands back what the failure says. */
public final class Failures {
    private Failures() {
    }

    /** The field errors of the {@link ValidationException} that {@code call} must throw. */
    public static FieldErrors fieldErrors(ThrowingCallable call) {
        return failure(ValidationException.class, call).errors();
    }

    /** The message key of the exception of {@code type} that {@code call} must throw. */
    public static String messageKey(Class<? extends MentorHubException> type, ThrowingCallable call) {
        return failure(type, call).messageKey();
    }

    public static <E extends MentorHubException> E failure(Class<E> type, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(type);
        return type.cast(thrown);
    }
}
