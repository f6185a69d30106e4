package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.UUID;
import org.mentorhub.testing.RestClient;
import org.mentorhub.testing.RestResponse;

/** Request bodies and setup steps shared by the REST tests; all data is made through the API itself. */
final class RestFixtures {
    static final String PAT_MANAGER_KEY = "JIRAUSER10001";
    static final String UNKNOWN_ID = "/00000000-0000-0000-0000-000000000000";

    private RestFixtures() {
    }

    /** A valid program body managed by pat.manager, enrolling from yesterday to next month; unique name. */
    static String programJson(String type, String matchingMode) {
        LocalDate today = LocalDate.now();
        return """
            {"name":"Program %s","description":"Learn from each other","type":"%s","matchingMode":"%s",
             "enrollmentWindow":{"start":"%s","end":"%s"},"duration":"P6M","checkInCadence":"P14D",
             "defaultMentorCapacity":1,"criteriaWeights":{"SKILLS":8,"GOALS":5},"managers":["%s"]}
            """.formatted(UUID.randomUUID(), type, matchingMode, today.minusDays(1), today.plusMonths(1),
            PAT_MANAGER_KEY);
    }

    /** Creates a draft program as admin and returns its id. */
    static String createProgram(RestClient rest) {
        RestResponse created = rest.as("admin").post("/programs", programJson("ONE_ON_ONE", "HYBRID"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /** Moves the program to {@code status} as its manager, asserting success. */
    static JsonNode moveProgram(RestClient rest, String programId, String status) {
        RestResponse moved = rest.as("pat.manager").put("/programs/" + programId + "/status",
            "{\"status\":\"" + status + "\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        return moved.json();
    }

    static void assertFieldError(RestResponse response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").has(field)).as(response.body()).isTrue();
        assertThat(response.json().get("errors").get(field).asText()).isNotBlank();
    }

    static void assertStatusWithMessage(RestResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("errorMessages")).isNotEmpty();
        assertThat(response.json().get("errorMessages").get(0).asText()).isNotBlank().doesNotContain("mentorhub.");
    }
}
