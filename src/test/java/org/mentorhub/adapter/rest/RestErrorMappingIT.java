package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorhub.testing.ProviderTestServer;
import org.mentorhub.testing.RestClient;
import org.mentorhub.testing.RestResponse;

/**
 * The error contract over real HTTP through Jersey and its JSON provider: our mappers win over the provider's
 * own, bodies are read strictly, failures never leak details, pages are validated and capped.
 */
class RestErrorMappingIT {
    private static ProviderTestServer server;
    private static RestClient rest;

    @BeforeAll
    static void start() throws Exception {
        server = ProviderTestServer.start(ProbeResource.class);
        rest = server.rest();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void wellFormedBodyIsReadAndWrittenBack() {
        RestResponse response = rest.post("/probe/plans",
            "{\"name\":\"Guild\",\"capacity\":2,\"goals\":[{\"title\":\"Speak up\",\"due\":\"2025-06-30\"}]}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(
            "{\"name\":\"Guild\",\"capacity\":2,\"goals\":[{\"title\":\"Speak up\",\"due\":\"2025-06-30\"}]}");
    }

    @Test
    void malformedJsonIsA400InJiraShape() {
        RestResponse response = rest.post("/probe/plans", "{\"name\": \"Guild\"");

        assertError(response, 400, List.of("The request body is not valid JSON (line 1, column 17)."), Map.of());
    }

    @Test
    void unknownFieldsAndWrongTypesAreNamedByPath() {
        assertError(rest.post("/probe/plans", "{\"name\":\"Guild\",\"capacity\":1,\"colour\":\"red\"}"), 400,
            List.of(), Map.of("colour", "This field is not known here. Known fields: capacity, goals, name, open."));
        assertError(rest.post("/probe/plans", "{\"capacity\":1,\"goals\":[{\"due\":\"30.06.2025\"}]}"), 400,
            List.of(), Map.of("goals[0].due", "Must be a value like 2025-03-31."));
        assertError(rest.post("/probe/plans", "{\"capacity\":\"1\"}"), 400,
            List.of(), Map.of("capacity", "Must be a whole number."));
    }

    @Test
    void missingBodyIsA400() {
        assertError(rest.post("/probe/plans", ""), 400, List.of("The request body is missing: send a JSON object."), Map.of());
        assertError(rest.post("/probe/plans", "null"), 400, List.of("The request body is missing: send a JSON object."), Map.of());
    }

    @Test
    void aLeftOutNumberIsRequiredNotOfTheWrongType() {
        assertError(rest.post("/probe/plans", "{\"name\":\"Guild\"}"), 400, List.of(), Map.of("capacity", "This field is required."));
        assertError(rest.post("/probe/plans", "{\"capacity\":null}"), 400, List.of(), Map.of("capacity", "This field is required."));
    }

    @Test
    void aNumberBeyondTheFieldsRangeIsAFieldError() {
        assertError(rest.post("/probe/plans", "{\"capacity\":99999999999}"), 400, List.of(),
            Map.of("capacity", "Must be a whole number of a usable size: this one is too large or too small."));
    }

    @Test
    void unsupportedContentTypeIsA415() {
        RestResponse response = rest.send("POST", "/probe/plans", "name=Guild",
            Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertError(response, 415,
            List.of("This address does not accept the format that was sent (Content-Type header)."), Map.of());
    }

    @Test
    void unexpectedFailureIsA500WithAReferenceAndNoDetails() {
        RestResponse response = rest.get("/probe/failure");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.json().get("errorMessages").get(0).asText())
            .matches("Something went wrong on the server\\. The error was logged with reference [0-9A-Z]+\\.");
        assertThat(response.body()).doesNotContain("secret", "IllegalStateException", "at org.");
    }

    @Test
    void pagesAreValidatedAndCapped() {
        assertError(rest.get("/probe/numbers?startAt=-1&maxResults=lots"), 400, List.of(),
            Map.of("startAt", "Must be 0 or more.", "maxResults", "Must be a whole number."));

        JsonNode page = rest.get("/probe/numbers?startAt=990&maxResults=500").json();
        assertThat(page.get("startAt").asInt()).isEqualTo(990);
        assertThat(page.get("maxResults").asInt()).isEqualTo(100);
        assertThat(page.get("total").asInt()).isEqualTo(ProbeResource.TOTAL);
        assertThat(page.get("values")).hasSize(10);
    }

    @Test
    void responsesUseIsoTimesAndLeaveNullsOut() {
        assertThat(rest.get("/probe/moment").body()).isEqualTo("{\"name\":\"launch\",\"at\":\"2025-03-31T09:30:00Z\"}");
    }

    private static void assertError(RestResponse response, int status, List<String> messages,
                                    Map<String, String> fieldErrors) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith(MediaType.APPLICATION_JSON);
        JsonNode body = response.json();
        assertThat(body.get("errorMessages")).extracting(JsonNode::asText).isEqualTo(messages);
        assertThat(body.get("errors").properties()).extracting(e -> Map.entry(e.getKey(), e.getValue().asText()))
            .containsExactlyInAnyOrderElementsOf(fieldErrors.entrySet());
    }

    /** Endpoints that provoke each kind of failure; registered only in this test's server. */
    @Path("/probe")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class ProbeResource {
        static final int TOTAL = 1000;

        public record GoalForm(String title, LocalDate due) {
        }

        public record PlanForm(String name, int capacity, Boolean open, List<GoalForm> goals) {
        }

        public record Moment(String name, String note, Instant at) {
        }

        @POST
        @Path("/plans")
        public PlanForm create(PlanForm form) {
            return form;
        }

        @GET
        @Path("/failure")
        public String failure() {
            throw new IllegalStateException("secret detail");
        }

        @GET
        @Path("/numbers")
        public PageDto<Integer> numbers(@QueryParam("startAt") String startAt,
                                        @QueryParam("maxResults") String maxResults) {
            PageRequest page = PageRequest.fromQuery(startAt, maxResults);
            return PageDto.of(page, TOTAL, IntStream.range(page.startAt(), TOTAL).limit(page.maxResults())
                .boxed().toList());
        }

        @GET
        @Path("/moment")
        public Moment moment() {
            return new Moment("launch", null, Instant.parse("2025-03-31T09:30:00Z"));
        }
    }
}
