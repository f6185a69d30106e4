package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.adapter.rest.RestFixtures.UNKNOWN_ID;
import static org.mentorhub.adapter.rest.RestFixtures.assertFieldError;
import static org.mentorhub.adapter.rest.RestFixtures.assertStatusWithMessage;
import static org.mentorhub.adapter.rest.RestFixtures.createProgram;
import static org.mentorhub.adapter.rest.RestFixtures.moveProgram;
import static org.mentorhub.adapter.rest.RestFixtures.programJson;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.RestClient;
import org.mentorhub.testing.RestResponse;
import org.mentorhub.testing.SandboxExtension;

/** {@code /programs} over real HTTP in the sandbox, every exchange checked against the OpenAPI document. */
@ExtendWith(SandboxExtension.class)
class ProgramRestIT {

    @Test
    void adminCreatesADraftThatItsManagerReads(RestClient rest) {
        RestResponse created = rest.as("admin").post("/programs", programJson("GROUP", "ADMIN"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode program = created.json();
        assertThat(program.get("status").asText()).isEqualTo("DRAFT");
        assertThat(program.get("type").asText()).isEqualTo("GROUP");
        assertThat(program.get("duration").asText()).isEqualTo("P6M");
        assertThat(program.get("criteriaWeights").get("SKILLS").asInt()).isEqualTo(8);
        RestResponse read = rest.as("pat.manager").get("/programs/" + program.get("id").asText());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("name").asText()).isEqualTo(program.get("name").asText());
    }

    @Test
    void invalidSettingsAre400WithAnErrorPerField(RestClient rest) {
        String blankNameNoCapacity = programJson("ONE_ON_ONE", "SELF")
            .replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\" \"")
            .replace("\"defaultMentorCapacity\":1", "\"defaultMentorCapacity\":0");

        RestResponse response = rest.as("admin").post("/programs", blankNameNoCapacity);

        assertFieldError(response, "name");
        assertFieldError(response, "defaultMentorCapacity");
    }

    @Test
    void unreadableValuesAre400NamingTheField(RestClient rest) {
        RestResponse response = rest.as("admin").withoutContractCheck().post("/programs",
            programJson("ONE_ON_ONE", "SELF").replace("\"P6M\"", "\"six months\""));

        assertFieldError(response, "duration");
    }

    @Test
    void anonymousCallersAre401(RestClient rest) {
        RestResponse response = rest.withoutContractCheck().get("/programs");

        assertStatusWithMessage(response, 401);
    }

    @Test
    void onlyAdminsCreateAndMenteesCannotEditOrSeeDrafts(RestClient rest) {
        assertStatusWithMessage(rest.as("pat.manager").post("/programs", programJson("ONE_ON_ONE", "SELF")), 403);
        String programId = createProgram(rest);

        assertStatusWithMessage(rest.as("mina.mentee").get("/programs/" + programId), 403);
        assertStatusWithMessage(rest.as("mina.mentee").put("/programs/" + programId,
            programJson("ONE_ON_ONE", "SELF")), 403);
        assertStatusWithMessage(rest.as("mina.mentee").put("/programs/" + programId + "/status",
            "{\"status\":\"ENROLLING\"}"), 403);
    }

    @Test
    void unknownOrMalformedIdsAre404(RestClient rest) {
        assertStatusWithMessage(rest.as("admin").get("/programs" + UNKNOWN_ID), 404);
        assertStatusWithMessage(rest.as("admin").get("/programs/not-a-uuid"), 404);
        assertStatusWithMessage(rest.as("admin").put("/programs" + UNKNOWN_ID + "/status",
            "{\"status\":\"CLOSED\"}"), 404);
    }

    @Test
    void managerUpdatesSettings(RestClient rest) {
        String programId = createProgram(rest);
        String renamed = programJson("REVERSE", "SELF").replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"Renamed\"");

        RestResponse updated = rest.as("pat.manager").put("/programs/" + programId, renamed);

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("name").asText()).isEqualTo("Renamed");
        assertThat(updated.json().get("type").asText()).isEqualTo("REVERSE");
        assertFieldError(rest.as("pat.manager").put("/programs/" + programId, renamed.replace("P6M", "P0D")),
            "duration");
    }

    @Test
    void managerWalksTheLifecycleAndIllegalMovesAre409(RestClient rest) {
        String programId = createProgram(rest);

        assertStatusWithMessage(rest.as("pat.manager").put("/programs/" + programId + "/status",
            "{\"status\":\"RUNNING\"}"), 409);
        assertThat(moveProgram(rest, programId, "ENROLLING").get("status").asText()).isEqualTo("ENROLLING");
        assertThat(moveProgram(rest, programId, "MATCHING").get("status").asText()).isEqualTo("MATCHING");
        assertThat(moveProgram(rest, programId, "RUNNING").get("status").asText()).isEqualTo("RUNNING");
        assertThat(moveProgram(rest, programId, "CLOSED").get("status").asText()).isEqualTo("CLOSED");
        assertStatusWithMessage(rest.as("pat.manager").put("/programs/" + programId,
            programJson("ONE_ON_ONE", "SELF")), 409);
        assertFieldError(rest.as("pat.manager").put("/programs/" + programId + "/status", "{}"), "status");
    }

    @Test
    void listIsPagedAndHidesDraftsFromMentees(RestClient rest) {
        String draftId = createProgram(rest);
        String launchedId = createProgram(rest);
        moveProgram(rest, launchedId, "ENROLLING");

        RestResponse adminPage = rest.as("admin").get("/programs?startAt=0&maxResults=1");
        assertThat(adminPage.status()).isEqualTo(200);
        assertThat(adminPage.json().get("values")).hasSize(1);
        assertThat(adminPage.json().get("maxResults").asInt()).isEqualTo(1);
        assertThat(adminPage.json().get("total").asInt()).isGreaterThanOrEqualTo(2);

        RestResponse menteeList = rest.as("mina.mentee").get("/programs?maxResults=100");
        assertThat(menteeList.json().get("values").findValuesAsText("id")).contains(launchedId).doesNotContain(draftId);
        assertFieldError(rest.as("admin").withoutContractCheck().get("/programs?startAt=-1"), "startAt");
    }
}
