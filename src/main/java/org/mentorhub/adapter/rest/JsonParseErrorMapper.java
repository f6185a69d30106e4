package org.mentorhub.adapter.rest;

import com.fasterxml.jackson.core.JsonParseException;
import javax.annotation.Priority;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.ext.Provider;

/**
 * {@link JsonParseException} from reading a request body: see {@link JsonExceptionMapper}.
 * Priority 1 because JSON providers map this type too, and JAX-RS breaks such ties by the lower value.
 */
@Named
@Provider
@Priority(1)
public class JsonParseErrorMapper extends JsonExceptionMapper<JsonParseException> {

    @Inject
    public JsonParseErrorMapper(RestErrors errors) {
        super(errors);
    }
}
