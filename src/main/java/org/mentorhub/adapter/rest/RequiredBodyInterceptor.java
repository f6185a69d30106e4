package org.mentorhub.adapter.rest;

import java.io.IOException;
import java.io.PushbackInputStream;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;
import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;

/**
 * A request without a body (or with the JSON {@code null} as its body), sent to an endpoint that reads one, is a 400. Left alone, JAX-RS would hand the
 * resource a {@code null} form, and every resource would have to remember to check for it.
 */
@Named
@Provider
public class RequiredBodyInterceptor implements ReaderInterceptor {
    static final String MISSING = "mentorhub.error.json.missing";
    private final RestErrors errors;

    @Inject
    public RequiredBodyInterceptor(RestErrors errors) {
        this.errors = errors;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 1);
        int first = body.read();
        if (first == -1) {
            throw new WebApplicationException(errors.status(Response.Status.BAD_REQUEST).message(MISSING).build());
        }
        body.unread(first);
        context.setInputStream(body);
        Object read = context.proceed();
        if (read == null) {
            // The body was JSON's null: as good as none.
            throw new WebApplicationException(errors.status(Response.Status.BAD_REQUEST).message(MISSING).build());
        }
        return read;
    }
}
