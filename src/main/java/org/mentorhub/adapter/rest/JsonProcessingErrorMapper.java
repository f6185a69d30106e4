package org.mentorhub.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.ext.Provider;

/** {@link JsonProcessingException} from reading a request body: see {@link JsonExceptionMapper}. */
@Named
@Provider
public class JsonProcessingErrorMapper extends JsonExceptionMapper<JsonProcessingException> {

    @Inject
    public JsonProcessingErrorMapper(RestErrors errors) {
        super(errors);
    }
}
