package org.mentorhub.adapter.rest;

import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * JAX-RS's own failures (unknown path 404, wrong method 405, unsupported media type 415, ...) in Jira's error
 * shape with the status and headers kept. A response that already has a body was built on purpose and passes
 * unchanged; a server error is logged like any unexpected failure.
 */
@Named
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    static final String STATUS_KEY_PREFIX = "mentorhub.error.http.";
    static final String OTHER_STATUS_KEY = STATUS_KEY_PREFIX + "other";
    /** Client errors with a message of their own; others use {@link #OTHER_STATUS_KEY}. */
    static final Set<Integer> EXPLAINED_STATUSES = Set.of(400, 401, 403, 404, 405, 406, 409, 415);

    private final RestErrors errors;

    @Inject
    public WebApplicationExceptionMapper(RestErrors errors) {
        this.errors = errors;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
            return errors.unexpected(exception, status);
        }
        if (original.hasEntity()) {
            return original;
        }
        RestErrors.Builder error = errors.status(status);
        if (EXPLAINED_STATUSES.contains(status.getStatusCode())) {
            error.message(STATUS_KEY_PREFIX + status.getStatusCode());
        } else {
            error.message(OTHER_STATUS_KEY, String.valueOf(status.getStatusCode()), status.getReasonPhrase());
        }
        return error.buildFrom(original);
    }
}
