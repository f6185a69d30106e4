package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.mentorhub.testing.PluginI18n;

class RestErrorsTest {
    private final RestErrors errors = new RestErrors(PluginI18n.resolver(), () -> "REF42");

    @Test
    void buildsJiraShapedBodyFromI18nKeys() {
        Response response = errors.status(Response.Status.BAD_REQUEST)
            .message("mentorhub.error.http.400")
            .field("maxResults", PageRequest.NEGATIVE)
            .field("startAt", PageRequest.NOT_A_NUMBER)
            .build();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
        ErrorCollectionDto body = (ErrorCollectionDto) response.getEntity();
        assertThat(body.errorMessages()).containsExactly("The request is not valid.");
        assertThat(body.errors()).containsExactly(
            Map.entry("maxResults", "Must be 0 or more."), Map.entry("startAt", "Must be a whole number."));
    }

    @Test
    void keepsTheFirstMessageOfAField() {
        ErrorCollectionDto body = errors.status(Response.Status.BAD_REQUEST)
            .field("startAt", PageRequest.NOT_A_NUMBER)
            .field("startAt", PageRequest.NEGATIVE)
            .body();

        assertThat(body.errors()).containsExactly(Map.entry("startAt", "Must be a whole number."));
    }

    @Test
    void emptyErrorCollectionStillHasBothMembers() {
        ErrorCollectionDto body = errors.status(Response.Status.NOT_FOUND).body();

        assertThat(body.errorMessages()).isEmpty();
        assertThat(body.errors()).isEmpty();
    }

    @Test
    void buildFromKeepsHeadersOfTheOriginalResponse() {
        Response original = Response.status(Response.Status.METHOD_NOT_ALLOWED).allow("GET", "OPTIONS").build();

        Response response = errors.status(Response.Status.METHOD_NOT_ALLOWED).message("mentorhub.error.http.405")
            .buildFrom(original);

        assertThat(response.getAllowedMethods()).containsExactlyInAnyOrder("GET", "OPTIONS");
        assertThat(((ErrorCollectionDto) response.getEntity()).errorMessages()).hasSize(1);
    }

    @Test
    void unexpectedFailureAnswersWithReferenceAndLogsTheException() {
        IllegalStateException failure = new IllegalStateException("secret detail");
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        Response response = logTo(log, () -> errors.unexpected(failure, Response.Status.INTERNAL_SERVER_ERROR));

        assertThat(response.getStatus()).isEqualTo(500);
        ErrorCollectionDto body = (ErrorCollectionDto) response.getEntity();
        assertThat(body.errorMessages()).containsExactly(
            "Something went wrong on the server. The error was logged with reference REF42.");
        assertThat(body.toString()).doesNotContain("secret detail");
        assertThat(log.toString(StandardCharsets.UTF_8))
            .contains("reference REF42", "java.lang.IllegalStateException: secret detail");
    }

    @Test
    void realReferencesAreShortAndDiffer() {
        RestErrors real = new RestErrors(PluginI18n.resolver());

        List<String> messages = logTo(new ByteArrayOutputStream(), () -> List.of(
            message(real.unexpected(new RuntimeException(), Response.Status.INTERNAL_SERVER_ERROR)),
            message(real.unexpected(new RuntimeException(), Response.Status.INTERNAL_SERVER_ERROR))));

        assertThat(messages.get(0)).isNotEqualTo(messages.get(1))
            .matches(".*reference [0-9A-Z]{1,8}\\.");
    }

    /** Runs {@code action} with standard error (where the test logger writes) going to {@code log}. */
    private static <T> T logTo(ByteArrayOutputStream log, Supplier<T> action) {
        PrintStream originalErr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            return action.get();
        } finally {
            System.setErr(originalErr);
        }
    }

    private static String message(Response response) {
        return ((ErrorCollectionDto) response.getEntity()).errorMessages().get(0);
    }
}
