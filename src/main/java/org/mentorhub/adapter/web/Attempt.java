package org.mentorhub.adapter.web;

import java.util.List;
import java.util.function.Supplier;
import org.mentorhub.domain.FieldError;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.ValidationException;

/** Builds one part of a form's input, collecting its field errors instead of stopping, so a form reports everything at once. */
final class Attempt {
    private Attempt() {
    }

    /** The part, or null with its errors added to {@code errors} (except those for fields already reported elsewhere). */
    static <T> T collect(Supplier<T> build, FieldErrors.Builder errors, String... alreadyReported) {
        try {
            return build.get();
        } catch (ValidationException invalid) {
            for (FieldError error : invalid.errors().all()) {
                if (!List.of(alreadyReported).contains(error.field())) {
                    errors.add(error.field(), error.messageKey(), error.messageArgs().toArray());
                }
            }
            return null;
        }
    }
}
