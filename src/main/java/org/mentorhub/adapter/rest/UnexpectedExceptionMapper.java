package org.mentorhub.adapter.rest;

import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * The last resort: anything no closer mapper handles is a server fault. The caller gets 500 with a reference to
 * quote; the log gets the exception. Typed exceptions of the core get mappers of their own, which JAX-RS
 * prefers because they are closer to the thrown type.
 */
@Named
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private final RestErrors errors;

    @Inject
    public UnexpectedExceptionMapper(RestErrors errors) {
        this.errors = errors;
    }

    @Override
    public Response toResponse(Throwable exception) {
        return errors.unexpected(exception, Response.Status.INTERNAL_SERVER_ERROR);
    }
}
