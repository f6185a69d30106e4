package org.mentorhub.adapter.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.mentorhub.adapter.platform.ErrorReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds every REST error response: the one place that turns i18n keys into an {@link ErrorCollectionDto} with
 * a status. Exception mappers use it; a mapper for a new typed exception is a few lines:
 * <pre>{@code errors.status(Response.Status.CONFLICT).message("mentorhub.error.pairing.capacity", name).build()}</pre>
 */
@Named
public class RestErrors {
    static final String UNEXPECTED = "mentorhub.error.unexpected";
    private static final Logger LOG = LoggerFactory.getLogger(RestErrors.class);

    private final I18nResolver i18n;
    private final Supplier<String> referenceIds;

    @Inject
    public RestErrors(@ComponentImport I18nResolver i18n) {
        this(i18n, ErrorReference::next);
    }

    RestErrors(I18nResolver i18n, Supplier<String> referenceIds) {
        this.i18n = i18n;
        this.referenceIds = referenceIds;
    }

    /** Starts an error response with {@code status}; add messages, then {@link Builder#build()}. */
    public Builder status(Response.StatusType status) {
        return new Builder(status);
    }

    /** The text of {@code key} in the caller's language, for messages that quote other messages. */
    public String text(String key, Serializable... arguments) {
        return i18n.getText(key, arguments);
    }

    /** The text of a message the core composed (a key with its arguments), e.g. a reason in a match explanation. */
    public String text(String key, List<Object> arguments) {
        return text(key, arguments(arguments));
    }

    /** Message arguments as the i18n resolver takes them; ids and keys are shown by their text. */
    static Serializable[] arguments(List<Object> values) {
        return values.stream()
            .map(v -> v instanceof Number || v instanceof String ? (Serializable) v : String.valueOf(v))
            .toArray(Serializable[]::new);
    }

    /**
     * For failures that are the server's fault: logs {@code error} with a fresh reference and answers with a
     * generic message that quotes the reference, never with details of the failure.
     */
    public Response unexpected(Throwable error, Response.StatusType status) {
        String reference = referenceIds.get();
        LOG.error("MentorHub REST request failed with {} (reference {})", status.getStatusCode(), reference, error);
        return status(status).message(UNEXPECTED, reference).build();
    }

    /** Collects the messages of one error response. */
    public final class Builder {
        private final Response.StatusType status;
        private final List<String> messages = new ArrayList<>();
        private final Map<String, String> fieldErrors = new LinkedHashMap<>();

        private Builder(Response.StatusType status) {
            this.status = status;
        }

        /** A message about the request as a whole. */
        public Builder message(String key, Serializable... arguments) {
            messages.add(text(key, arguments));
            return this;
        }

        /** A message about one field of the body, or one parameter; the first message per field is kept. */
        public Builder field(String field, String key, Serializable... arguments) {
            fieldErrors.putIfAbsent(field, text(key, arguments));
            return this;
        }

        public ErrorCollectionDto body() {
            return new ErrorCollectionDto(messages, fieldErrors);
        }

        public Response build() {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body()).build();
        }

        /** Keeps the headers of {@code original} (e.g. {@code Allow} on a 405) and replaces its body. */
        public Response buildFrom(Response original) {
            return Response.fromResponse(original).status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body()).build();
        }
    }
}
