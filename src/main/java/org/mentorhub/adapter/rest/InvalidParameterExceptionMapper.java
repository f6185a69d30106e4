package org.mentorhub.adapter.rest;

import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** 400 with one entry in {@code errors} per bad parameter. */
@Named
@Provider
public class InvalidParameterExceptionMapper implements ExceptionMapper<InvalidParameterException> {
    private final RestErrors errors;

    @Inject
    public InvalidParameterExceptionMapper(RestErrors errors) {
        this.errors = errors;
    }

    @Override
    public Response toResponse(InvalidParameterException exception) {
        RestErrors.Builder error = errors.status(Response.Status.BAD_REQUEST);
        exception.messageKeys().forEach(error::field);
        return error.build();
    }
}
