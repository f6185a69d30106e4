package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.adapter.rest.PairingRestIT.MARIA_KEY;
import static org.mentorhub.adapter.rest.PairingRestIT.MINA_KEY;
import static org.mentorhub.adapter.rest.PairingRestIT.activePairing;
import static org.mentorhub.adapter.rest.PairingRestIT.matchingProgram;
import static org.mentorhub.adapter.rest.RestFixtures.assertFieldError;
import static org.mentorhub.adapter.rest.RestFixtures.assertStatusWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.RestClient;
import org.mentorhub.testing.RestResponse;
import org.mentorhub.testing.SandboxExtension;

/** The caller's own pairings over real HTTP in the sandbox, every exchange checked against the OpenAPI document. */
@ExtendWith(SandboxExtension.class)
class MyPairingRestIT {

    @Test
    void mentorAndMenteeEachSeeTheirNewestPairingWithProgramCounterpartAndProgress(RestClient rest) {
        String programId = matchingProgram(rest);
        String pairingId = activePairing(rest, programId);
        RestResponse goal = rest.as("mina.mentee").post("/pairings/" + pairingId + "/action-plan/goals", "{\"title\":\"Run a retro\"}");
        assertThat(goal.status()).as(goal.body()).isEqualTo(201);
        String programName = rest.as("pat.manager").get("/programs/" + programId).json().get("name").asText();

        JsonNode asMentee = newest(rest, "mina.mentee");
        JsonNode asMentor = newest(rest, "maria.mentor");

        assertThat(asMentee.get("pairing").get("id").asText()).isEqualTo(pairingId);
        assertThat(asMentee.get("pairing").get("status").asText()).isEqualTo("ACTIVE");
        assertThat(asMentee.get("pairing").get("goals").asInt()).isEqualTo(1);
        assertThat(asMentee.get("pairing").get("goalsDone").asInt()).isZero();
        assertThat(asMentee.get("programName").asText()).isEqualTo(programName);
        assertThat(asMentee.get("role").asText()).isEqualTo("MENTEE");
        assertThat(asMentee.get("counterparts")).extracting(JsonNode::asText).containsExactly(MARIA_KEY);
        assertThat(asMentor.get("pairing").get("id").asText()).isEqualTo(pairingId);
        assertThat(asMentor.get("role").asText()).isEqualTo("MENTOR");
        assertThat(asMentor.get("counterparts")).extracting(JsonNode::asText).containsExactly(MINA_KEY);
    }

    @Test
    void someoneInNoPairingGetsAnEmptyPage(RestClient rest) {
        RestResponse mine = rest.as("lee.lead").get("/mypairings");

        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.json().get("total").asInt()).isZero();
        assertThat(mine.json().get("values")).isEmpty();
    }

    @Test
    void badPagingIs400AndAnonymousCallersAre401(RestClient rest) {
        assertFieldError(rest.as("mina.mentee").withoutContractCheck().get("/mypairings?startAt=-1"), "startAt");
        assertStatusWithMessage(rest.withoutContractCheck().get("/mypairings"), 401);
    }

    /** The caller's newest pairing: the last of the list, which is oldest first. */
    private static JsonNode newest(RestClient rest, String username) {
        int total = rest.as(username).get("/mypairings?maxResults=0").json().get("total").asInt();
        RestResponse last = rest.as(username).get("/mypairings?startAt=" + (total - 1));
        assertThat(last.status()).as(last.body()).isEqualTo(200);
        return last.json().get("values").get(0);
    }
}
