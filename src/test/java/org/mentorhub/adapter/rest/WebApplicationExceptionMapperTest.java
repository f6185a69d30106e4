package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.ServiceUnavailableException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.mentorhub.testing.PluginI18n;

class WebApplicationExceptionMapperTest {
    private final WebApplicationExceptionMapper mapper =
        new WebApplicationExceptionMapper(new RestErrors(PluginI18n.resolver(), () -> "REF7"));

    @Test
    void unknownPathIsA404InJiraShape() {
        Response response = mapper.toResponse(new NotFoundException());

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(messages(response)).containsExactly("There is nothing at this address.");
    }

    @Test
    void wrongMethodKeepsTheAllowHeader() {
        Response response = mapper.toResponse(new NotAllowedException("GET", new String[] {"OPTIONS"}));

        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getAllowedMethods()).containsExactlyInAnyOrder("GET", "OPTIONS");
        assertThat(messages(response)).containsExactly(
            "This address does not support this kind of request (HTTP method).");
    }

    @Test
    void unsupportedMediaTypeIsA415() {
        Response response = mapper.toResponse(new NotSupportedException());

        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(messages(response)).containsExactly(
            "This address does not accept the format that was sent (Content-Type header).");
    }

    @Test
    void otherClientErrorsQuoteTheirStatus() {
        Response response = mapper.toResponse(new WebApplicationException(Response.Status.GONE));

        assertThat(response.getStatus()).isEqualTo(410);
        assertThat(messages(response)).containsExactly("The request failed: 410 Gone.");
    }

    @Test
    void responseWithABodyPassesUnchanged() {
        Response built = Response.status(Response.Status.CONFLICT).entity("already built").build();

        assertThat(mapper.toResponse(new WebApplicationException(built))).isSameAs(built);
    }

    @Test
    void serverErrorsAreLoggedWithAReferenceAndKeepTheirStatus() {
        Response response = mapper.toResponse(new ServiceUnavailableException());

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(messages(response)).containsExactly(
            "Something went wrong on the server. The error was logged with reference REF7.");
    }

    private static java.util.List<String> messages(Response response) {
        return ((ErrorCollectionDto) response.getEntity()).errorMessages();
    }
}
