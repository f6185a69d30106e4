package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.RestClient;
import org.mentorhub.testing.RestResponse;
import org.mentorhub.testing.SandboxExtension;

/** The plugin's REST module in the sandbox host, over real HTTP, checked against the OpenAPI document. */
@ExtendWith(SandboxExtension.class)
class SandboxRestIT {

    @Test
    void healthAnswersAnonymousCallersPerContract(RestClient rest) {
        RestResponse response = rest.get("/health");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("database").get("status").asText()).isEqualTo("UP");
        assertThat(response.json().get("version").asText()).isNotBlank();
    }

    @Test
    void healthAnswersLoggedInUsersPerContract(RestClient rest) {
        assertThat(rest.as("mina.mentee").get("/health").status()).isEqualTo(200);
    }

    @Test
    void unknownPathIsA404InJiraShape(RestClient rest) {
        RestResponse response = rest.withoutContractCheck().get("/no-such-thing");

        assertJiraError(response, 404, "There is nothing at this address.");
    }

    @Test
    void wrongMethodIsA405ThatSaysWhatIsAllowed(RestClient rest) {
        RestResponse response = rest.withoutContractCheck().post("/health", "{}");

        assertJiraError(response, 405, "This address does not support this kind of request (HTTP method).");
        assertThat(response.header("Allow")).contains("GET");
    }

    @Test
    void optionsIsAnsweredByTheHostWithWhatIsAllowed(RestClient rest) {
        RestResponse response = rest.withoutContractCheck().send("OPTIONS", "/programs", "", Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Allow")).contains("GET", "POST");
    }

    @Test
    void unacceptableFormatIsA406(RestClient rest) {
        RestResponse response = rest.withoutContractCheck().send("GET", "/health", null,
            Map.of("Accept", "application/xml"));

        assertJiraError(response, 406, "This address cannot answer in the format that was asked for (Accept header).");
    }

    private static void assertJiraError(RestResponse response, int status, String message) {
        assertThat(response.status()).isEqualTo(status);
        JsonNode body = response.json();
        assertThat(body.get("errorMessages")).extracting(JsonNode::asText).isEqualTo(List.of(message));
        assertThat(body.get("errors").isObject()).isTrue();
        assertThat(body.get("errors").isEmpty()).isTrue();
    }
}
