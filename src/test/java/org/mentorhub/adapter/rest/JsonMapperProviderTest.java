package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonMapperProviderTest {
    private final ObjectMapper mapper = new JsonMapperProvider().getContext(Object.class);

    enum Role { MENTOR, MENTEE }

    record Times(Instant at, OffsetDateTime local, LocalDateTime wall, LocalDate due, LocalTime start,
                 Duration length) {
    }

    record Form(String name, int capacity, boolean open, Role role, LocalDate due, List<String> skills) {
    }

    /** Every member optional, so each test body fails for the one reason it is about. */
    record OptionalForm(String name, Integer capacity, Boolean open, Role role, LocalDate due, List<String> skills) {
    }

    @Test
    void writesJavaTimeAsIso8601Strings() throws Exception {
        Times times = new Times(Instant.parse("2025-03-31T09:30:00Z"),
            OffsetDateTime.of(2025, 3, 31, 11, 30, 0, 0, ZoneOffset.ofHours(2)),
            LocalDateTime.of(2025, 3, 31, 9, 30, 15), LocalDate.of(2025, 3, 31), LocalTime.of(9, 30),
            Duration.ofMinutes(45));

        String json = mapper.writeValueAsString(times);

        assertThat(json).isEqualTo("{\"at\":\"2025-03-31T09:30:00Z\",\"local\":\"2025-03-31T11:30+02:00\","
            + "\"wall\":\"2025-03-31T09:30:15\",\"due\":\"2025-03-31\",\"start\":\"09:30\",\"length\":\"PT45M\"}");
        assertThat(mapper.readValue(json, Times.class)).isEqualTo(times);
    }

    @Test
    void leavesNullMembersOut() throws Exception {
        assertThat(mapper.writeValueAsString(new Form("Guild", 2, true, null, null, null)))
            .isEqualTo("{\"name\":\"Guild\",\"capacity\":2,\"open\":true}");
    }

    @Test
    void readsAWellFormedBody() throws Exception {
        Form form = mapper.readValue("{\"name\":\"Guild\",\"capacity\":2,\"open\":false,\"role\":\"MENTEE\","
            + "\"due\":\"2025-06-30\",\"skills\":[\"java\"]}", Form.class);

        assertThat(form).isEqualTo(new Form("Guild", 2, false, Role.MENTEE, LocalDate.of(2025, 6, 30), List.of("java")));
    }

    @Test
    void rejectsUnknownFields() {
        assertThatThrownBy(() -> mapper.readValue("{\"name\":\"Guild\",\"colour\":\"red\"}", OptionalForm.class))
            .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void rejectsAMissingPrimitive() {
        assertThatThrownBy(() -> mapper.readValue("{\"name\":\"Guild\",\"open\":true}", Form.class))
            .isInstanceOfSatisfying(MismatchedInputException.class,
                e -> assertThat(JsonExceptionMapper.path(e)).isEqualTo("capacity"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"capacity\":\"2\"}", "{\"capacity\":2.5}", "{\"capacity\":[]}", "{\"open\":\"true\"}",
        "{\"open\":1}", "{\"name\":42}", "{\"name\":true}", "{\"role\":0}", "{\"role\":\"BOSS\"}",
        "{\"due\":\"31/03/2025\"}", "{\"due\":20250331}", "{\"skills\":\"java\"}"})
    void rejectsValuesOfTheWrongType(String body) {
        String field = body.substring(2, body.indexOf('"', 2));
        assertThatThrownBy(() -> mapper.readValue(body, OptionalForm.class))
            .isInstanceOfSatisfying(MismatchedInputException.class,
                e -> assertThat(JsonExceptionMapper.path(e)).isEqualTo(field));
    }

    @Test
    void rejectsANullInsideAListOrMap() {
        assertThatThrownBy(() -> mapper.readValue("{\"skills\":[\"java\",null]}", OptionalForm.class))
            .isInstanceOfSatisfying(MismatchedInputException.class,
                e -> assertThat(JsonExceptionMapper.path(e)).startsWith("skills"));
        assertThatThrownBy(() -> mapper.readValue("{\"RELATIONSHIP\":null}", new TypeReference<Map<Role, Integer>>() { }))
            .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void badDateIsAnInvalidFormatNamingTheValue() {
        assertThatThrownBy(() -> mapper.readValue("{\"due\":\"2025-02-30\"}", OptionalForm.class))
            .isInstanceOfSatisfying(InvalidFormatException.class,
                e -> assertThat(e.getValue()).isEqualTo("2025-02-30"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"a\",\"name\":\"b\"}", "{\"name\":\"a\"} {}", "{\"name\":"})
    void rejectsDuplicateKeysTrailingContentAndTruncation(String body) {
        assertThatThrownBy(() -> mapper.readValue(body, OptionalForm.class))
            .isInstanceOfAny(JsonParseException.class, MismatchedInputException.class);
    }
}
