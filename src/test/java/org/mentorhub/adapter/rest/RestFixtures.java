package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
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

    /** A body-less POST (an action such as {@code /accept}), with the header that lets it past the XSRF check. */
    static RestResponse postAction(RestClient client, String path) {
        return client.send("POST", path, null, Map.of("X-Atlassian-Token", "no-check"));
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

    /** A valid profile body: a mentor takes {@code mentorCapacity} mentees, a mentee 0. */
    static String profileJson(int mentorCapacity, String timeZone) {
        return """
            {"skills":[{"name":"Java","level":"EXPERT"}],"interests":{"text":"Cycling","tags":["cycling"]},
             "goals":{"text":"Grow as a lead","tags":["leadership"]},"careerLevel":"SENIOR",
             "businessFunction":"Engineering","location":"Berlin","timeZone":"%s","languages":["en","de"],
             "availability":[{"day":"TUESDAY","start":"09:30","end":"11:00"}],"mentorCapacity":%d}
            """.formatted(timeZone, mentorCapacity);
    }

    static String enrollmentJson(String role, int mentorCapacity, String consentScopes) {
        return """
            {"roles":["%s"],"profile":%s,"consentScopes":[%s],"consentPolicyVersion":"2025-01"}
            """.formatted(role, profileJson(mentorCapacity, "Europe/Berlin"), consentScopes);
    }

    /** Enrolls {@code username} in {@code role} with participation consent, asserting success. */
    static JsonNode enroll(RestClient rest, String username, String programId, String role) {
        int capacity = "MENTOR".equals(role) ? 1 : 0;
        RestResponse enrolled = rest.as(username).post("/programs/" + programId + "/participants",
            enrollmentJson(role, capacity, "\"PARTICIPATION\""));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        return enrolled.json();
    }

    /** A program created by admin and opened for enrollment by its manager; returns its id. */
    static String enrollingProgram(RestClient rest) {
        String programId = createProgram(rest);
        moveProgram(rest, programId, "ENROLLING");
        return programId;
    }
}
