package org.mentorhub.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract check passes what the document allows and stops what it does not. */
class OpenApiContractTest {
    private static final URI HEALTH = URI.create("http://localhost:2990/rest/mentorhub/1.0/health");
    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));

    @Test
    void documentedExchangePasses() {
        assertThatCode(() -> check(HEALTH, new RestResponse(200, JSON,
            "{\"version\":\"1.0.0\",\"database\":{\"status\":\"UP\",\"type\":\"H2\"}}")))
            .doesNotThrowAnyException();
    }

    @Test
    void bodyThatBreaksItsSchemaFails() {
        assertThatThrownBy(() -> check(HEALTH, new RestResponse(200, JSON, "{\"version\":\"1.0.0\"}")))
            .isInstanceOf(AssertionError.class).hasMessageContaining("database");
        assertThatThrownBy(() -> check(HEALTH, new RestResponse(503, JSON,
            "{\"version\":\"1.0.0\",\"database\":{\"status\":\"SLEEPING\",\"type\":\"H2\"}}")))
            .isInstanceOf(AssertionError.class).hasMessageContaining("SLEEPING");
    }

    @Test
    void undocumentedStatusOrPathFails() {
        assertThatThrownBy(() -> check(HEALTH, new RestResponse(418, JSON, "{}")))
            .isInstanceOf(AssertionError.class).hasMessageContaining("418");
        assertThatThrownBy(() -> check(URI.create("http://localhost:2990/rest/mentorhub/1.0/nothing"),
            new RestResponse(404, JSON, "{\"errorMessages\":[],\"errors\":{}}")))
            .isInstanceOf(AssertionError.class).hasMessageContaining("/nothing");
    }

    private static void check(URI uri, RestResponse response) {
        OpenApiContract.check("GET", uri, Map.of("Accept", "application/json"), null, response);
    }
}
