package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.mentorhub.testing.PluginI18n;

/** Jackson's read failures become 400s that name the field; server-side Jackson failures become 500s. */
class JsonExceptionMapperTest {
    private final ObjectMapper mapper = JsonMapperProvider.create();
    private final RestErrors errors = new RestErrors(PluginI18n.resolver(), () -> "REF1");

    enum Role { MENTOR, MENTEE }

    record Goal(String title, LocalDate due, Instant doneAt) {
    }

    record Plan(String name, Integer capacity, Boolean open, Role role, List<Goal> goals) {
        Plan {
            if (name != null && name.isBlank()) {
                throw new IllegalArgumentException("blank name");
            }
        }
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        Response response = map("{\n  \"name\": \"Guild\",,\n}");

        assertBadRequest(response, List.of("The request body is not valid JSON (line 2, column 19)."), Map.of());
    }

    @Test
    void unknownFieldListsTheKnownOnes() {
        Response response = map("{\"name\":\"Guild\",\"colour\":\"red\"}");

        assertBadRequest(response, List.of(),
            Map.of("colour", "This field is not known here. Known fields: capacity, goals, name, open, role."));
    }

    @Test
    void wrongTypesSayWhatIsExpectedAtTheirPath() {
        assertBadRequest(map("{\"capacity\":\"two\"}"), List.of(), Map.of("capacity", "Must be a whole number."));
        assertBadRequest(map("{\"open\":\"yes\"}"), List.of(), Map.of("open", "Must be true or false."));
        assertBadRequest(map("{\"name\":7}"), List.of(), Map.of("name", "Must be text in quotes."));
        assertBadRequest(map("{\"role\":\"BOSS\"}"), List.of(), Map.of("role", "Must be one of: MENTOR, MENTEE."));
        assertBadRequest(map("{\"goals\":{}}"), List.of(), Map.of("goals", "Must be a list."));
        assertBadRequest(map("{\"goals\":[{\"title\":\"a\"},{\"due\":\"tomorrow\"}]}"), List.of(),
            Map.of("goals[1].due", "Must be a value like 2025-03-31."));
        assertBadRequest(map("{\"goals\":[{\"doneAt\":\"2025-03-31\"}]}"), List.of(),
            Map.of("goals[0].doneAt", "Must be a value like 2025-03-31T09:30:00Z."));
        assertBadRequest(map("{\"goals\":[7]}"), List.of(), Map.of("goals[0]", "Must be a JSON object."));
    }

    @Test
    void bodyOfTheWrongShapeIsAMessageAboutTheBody() {
        assertBadRequest(map("[1, 2]"), List.of("The request body must be a JSON object."), Map.of());
        assertBadRequest(map(""), List.of("The request body must be a JSON object."), Map.of());
    }

    @Test
    void valuesTheDtoRefusesAreABadRequest() {
        assertBadRequest(map("{\"name\":\" \"}"),
            List.of("The request body contains values that do not fit together."), Map.of());
    }

    @Test
    void inputBeyondTheReaderLimitsIsABadRequest() {
        String deep = "[".repeat(2000) + "]".repeat(2000);
        Response response = map(deep);

        assertThat(response.getStatus()).isEqualTo(400);
    }

    @Test
    void jacksonFailuresOnTheServerSideAreServerErrors() {
        JsonMappingException definition = InvalidDefinitionException.from((JsonGenerator) null, "no serializer",
            mapper.constructType(Object.class));

        Response response = new JsonMappingErrorMapper(errors).toResponse(definition);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((ErrorCollectionDto) response.getEntity()).errorMessages())
            .containsExactly("Something went wrong on the server. The error was logged with reference REF1.");
    }

    /** Reads {@code body} like the JSON provider would and hands the failure to the mapper JAX-RS would pick. */
    private Response map(String body) {
        try {
            mapper.readValue(body, Plan.class);
        } catch (JsonParseException e) {
            return new JsonParseErrorMapper(errors).toResponse(e);
        } catch (JsonMappingException e) {
            return new JsonMappingErrorMapper(errors).toResponse(e);
        } catch (JsonProcessingException e) {
            return new JsonProcessingErrorMapper(errors).toResponse(e);
        }
        throw new AssertionError("Jackson accepted " + body);
    }

    private static void assertBadRequest(Response response, List<String> messages, Map<String, String> fieldErrors) {
        assertThat(response.getStatus()).isEqualTo(400);
        ErrorCollectionDto body = (ErrorCollectionDto) response.getEntity();
        assertThat(body.errorMessages()).isEqualTo(messages);
        assertThat(body.errors()).isEqualTo(fieldErrors);
    }
}
