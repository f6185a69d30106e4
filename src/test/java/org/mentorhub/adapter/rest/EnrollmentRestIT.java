package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.adapter.rest.RestFixtures.UNKNOWN_ID;
import static org.mentorhub.adapter.rest.RestFixtures.assertFieldError;
import static org.mentorhub.adapter.rest.RestFixtures.assertStatusWithMessage;
import static org.mentorhub.adapter.rest.RestFixtures.createProgram;
import static org.mentorhub.adapter.rest.RestFixtures.enroll;
import static org.mentorhub.adapter.rest.RestFixtures.enrollingProgram;
import static org.mentorhub.adapter.rest.RestFixtures.enrollmentJson;
import static org.mentorhub.adapter.rest.RestFixtures.profileJson;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.RestClient;
import org.mentorhub.testing.RestResponse;
import org.mentorhub.testing.SandboxExtension;

/** Enrollment and profiles over real HTTP in the sandbox, every exchange checked against the OpenAPI document. */
@ExtendWith(SandboxExtension.class)
class EnrollmentRestIT {
    private static final String MARIA_KEY = "JIRAUSER10003";
    private static final String MINA_KEY = "JIRAUSER10005";

    @Test
    void usersOptInWithConsentAndTheManagerListsThem(RestClient rest) {
        String programId = enrollingProgram(rest);

        JsonNode maria = enroll(rest, "maria.mentor", programId, "MENTOR");
        enroll(rest, "mina.mentee", programId, "MENTEE");

        assertThat(maria.get("user").asText()).isEqualTo(MARIA_KEY);
        assertThat(maria.get("consent").get("scopes").get(0).asText()).isEqualTo("PARTICIPATION");
        assertThat(maria.get("consent").get("givenAt").asText()).endsWith("Z");
        assertThat(maria.get("profile").get("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(maria.get("profile").get("availability").get(0).get("start").asText()).isEqualTo("09:30");
        RestResponse listed = rest.as("pat.manager").get("/programs/" + programId + "/participants");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("total").asInt()).isEqualTo(2);
        assertThat(listed.json().get("values").findValuesAsText("user")).containsExactlyInAnyOrder(MARIA_KEY, MINA_KEY);
    }

    @Test
    void participantsReadEachOtherAndUpdateTheirOwnProfile(RestClient rest) {
        String programId = enrollingProgram(rest);
        enroll(rest, "maria.mentor", programId, "MENTOR");
        enroll(rest, "mina.mentee", programId, "MENTEE");

        RestResponse seen = rest.as("mina.mentee").get("/programs/" + programId + "/participants/" + MARIA_KEY);
        RestResponse updated = rest.as("mina.mentee").put("/programs/" + programId + "/profile",
            profileJson(0, "America/Sao_Paulo"));

        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().get("roles").get(0).asText()).isEqualTo("MENTOR");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("profile").get("timeZone").asText()).isEqualTo("America/Sao_Paulo");
        assertThat(rest.as("mina.mentee").get("/programs/" + programId + "/participants/" + MINA_KEY)
            .json().get("profile").get("timeZone").asText()).isEqualTo("America/Sao_Paulo");
    }

    @Test
    void missingConsentOrAnUnknownTimeZoneIs400PerField(RestClient rest) {
        String programId = enrollingProgram(rest);

        assertFieldError(rest.as("mina.mentee").post("/programs/" + programId + "/participants",
            enrollmentJson("MENTEE", 0, "")), "consent.scopes");
        assertFieldError(rest.as("mina.mentee").post("/programs/" + programId + "/participants",
            enrollmentJson("MENTEE", 0, "\"PARTICIPATION\"").replace("Europe/Berlin", "Mars/Olympus")), "timeZone");
        assertFieldError(rest.as("mina.mentee").post("/programs/" + programId + "/participants",
            enrollmentJson("MENTOR", 0, "\"PARTICIPATION\"")), "mentorCapacity");
    }

    @Test
    void anonymousCallersAre401(RestClient rest) {
        String programId = enrollingProgram(rest);

        assertStatusWithMessage(rest.withoutContractCheck().post("/programs/" + programId + "/participants",
            enrollmentJson("MENTEE", 0, "\"PARTICIPATION\"")), 401);
    }

    @Test
    void onlyManagersListAndOnlyParticipantsReadOrEditProfiles(RestClient rest) {
        String programId = enrollingProgram(rest);
        enroll(rest, "maria.mentor", programId, "MENTOR");

        assertStatusWithMessage(rest.as("maria.mentor").get("/programs/" + programId + "/participants"), 403);
        assertStatusWithMessage(rest.as("tom.mentee").get("/programs/" + programId + "/participants/" + MARIA_KEY), 403);
        assertStatusWithMessage(rest.as("tom.mentee").put("/programs/" + programId + "/profile", profileJson(0, "UTC")),
            403);
    }

    @Test
    void unknownProgramsAndParticipantsAre404(RestClient rest) {
        String programId = enrollingProgram(rest);

        assertStatusWithMessage(rest.as("mina.mentee").post("/programs" + UNKNOWN_ID + "/participants",
            enrollmentJson("MENTEE", 0, "\"PARTICIPATION\"")), 404);
        assertStatusWithMessage(rest.as("pat.manager").get("/programs/" + programId + "/participants/nobody"), 404);
    }

    @Test
    void enrollingTwiceOrBeforeEnrollmentOpensIs409(RestClient rest) {
        String programId = enrollingProgram(rest);
        enroll(rest, "mina.mentee", programId, "MENTEE");

        assertStatusWithMessage(rest.as("mina.mentee").post("/programs/" + programId + "/participants",
            enrollmentJson("MENTEE", 0, "\"PARTICIPATION\"")), 409);
        assertStatusWithMessage(rest.as("mina.mentee").post("/programs/" + createProgram(rest) + "/participants",
            enrollmentJson("MENTEE", 0, "\"PARTICIPATION\"")), 409);
    }
}
