package org.mentorhub.adapter.rest;

import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.FieldError;
import org.mentorhub.domain.ForbiddenException;
import org.mentorhub.domain.MentorHubException;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.ValidationException;

/**
 * The core's typed failures in Jira's error shape: invalid input 400 with one message per field, not allowed 403,
 * unknown record 404, a clash with the current state (such as a mentor's last place taken) 409. The core knows
 * nothing of HTTP; this is the only place its exceptions meet status codes.
 */
@Named
@Provider
public class MentorHubExceptionMapper implements ExceptionMapper<MentorHubException> {
    private final RestErrors errors;

    @Inject
    public MentorHubExceptionMapper(RestErrors errors) {
        this.errors = errors;
    }

    @Override
    public Response toResponse(MentorHubException failure) {
        if (failure instanceof ValidationException invalid) {
            RestErrors.Builder response = errors.status(Response.Status.BAD_REQUEST);
            for (FieldError error : invalid.errors().all()) {
                response.field(error.field(), error.messageKey(), RestErrors.arguments(error.messageArgs()));
            }
            return response.build();
        }
        Response.Status status = statusOf(failure);
        if (status == Response.Status.INTERNAL_SERVER_ERROR) {
            return errors.unexpected(failure, status);
        }
        return errors.status(status).message(failure.messageKey(), RestErrors.arguments(failure.messageArgs())).build();
    }

    private static Response.Status statusOf(MentorHubException failure) {
        if (failure instanceof NotFoundException) {
            return Response.Status.NOT_FOUND;
        }
        if (failure instanceof ForbiddenException) {
            return Response.Status.FORBIDDEN;
        }
        if (failure instanceof ConflictException) {
            return Response.Status.CONFLICT;
        }
        return Response.Status.INTERNAL_SERVER_ERROR;
    }
}
