package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.adapter.rest.PairingRestIT.action;
import static org.mentorhub.adapter.rest.PairingRestIT.matchingProgram;
import static org.mentorhub.adapter.rest.PairingRestIT.propose;
import static org.mentorhub.adapter.rest.RestFixtures.UNKNOWN_ID;
import static org.mentorhub.adapter.rest.RestFixtures.assertFieldError;
import static org.mentorhub.adapter.rest.RestFixtures.assertStatusWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.RestClient;
import org.mentorhub.testing.RestResponse;
import org.mentorhub.testing.SandboxExtension;

/** Check-ins and private notes over real HTTP in the sandbox, checked against the OpenAPI document. */
@ExtendWith(SandboxExtension.class)
class SessionRestIT {
    private static final String MINA_KEY = "JIRAUSER10005";
    private static final String SESSION = """
        {"startsAt":"2030-01-15T09:30:00Z","length":"PT45M","agenda":"Career plan","sharedNotes":"Talked roles",
         "privateNote":"Mina's own worry","attendance":{"JIRAUSER10005":"ATTENDED","JIRAUSER10003":"ATTENDED"}}""";

    @Test
    void privateNotesGoOnlyToTheirAuthor(RestClient rest) {
        String pairingId = activePairing(rest, MINA_KEY, "mina.mentee");
        RestResponse logged = rest.as("mina.mentee").post("/pairings/" + pairingId + "/sessions", SESSION);
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        assertThat(logged.json().get("privateNote").asText()).isEqualTo("Mina's own worry");

        JsonNode seenByMina = rest.as("mina.mentee").get("/pairings/" + pairingId + "/sessions").json().get(0);
        JsonNode seenByMaria = rest.as("maria.mentor").get("/pairings/" + pairingId + "/sessions").json().get(0);
        JsonNode seenByManager = rest.as("pat.manager").get("/pairings/" + pairingId + "/sessions").json().get(0);

        assertThat(seenByMina.get("privateNote").asText()).isEqualTo("Mina's own worry");
        assertThat(seenByMaria.get("sharedNotes").asText()).isEqualTo("Talked roles");
        assertThat(seenByMaria.has("privateNote")).isFalse();
        assertThat(seenByManager.has("privateNote")).isFalse();
        assertThat(seenByManager.has("agenda")).isFalse();
        assertThat(seenByManager.get("length").asText()).isEqualTo("PT45M");
    }

    @Test
    void aMenteeOfAnotherPairNeverSeesThisPairsNotes(RestClient rest) {
        String pairingId = activePairing(rest, MINA_KEY, "mina.mentee");
        rest.as("mina.mentee").post("/pairings/" + pairingId + "/sessions", SESSION);

        RestResponse tom = rest.as("tom.mentee").get("/pairings/" + pairingId + "/sessions");

        assertStatusWithMessage(tom, 403);
        assertThat(tom.body()).doesNotContain("worry").doesNotContain("Talked roles");
    }

    @Test
    void invalidSessionsAre400(RestClient rest) {
        String pairingId = activePairing(rest, MINA_KEY, "mina.mentee");

        assertFieldError(rest.as("mina.mentee").post("/pairings/" + pairingId + "/sessions",
            SESSION.replace("PT45M", "PT0M")), "length");
        assertFieldError(rest.as("mina.mentee").post("/pairings/" + pairingId + "/sessions",
            SESSION.replace("JIRAUSER10003", "JIRAUSER10006")), "attendance");
    }

    @Test
    void anonymousCallersAre401AndUnknownPairings404(RestClient rest) {
        assertStatusWithMessage(rest.withoutContractCheck().get("/pairings" + UNKNOWN_ID + "/sessions"), 401);
        assertStatusWithMessage(rest.as("mina.mentee").get("/pairings" + UNKNOWN_ID + "/sessions"), 404);
    }

    @Test
    void sessionsOfAPairingNotYetStartedAre409(RestClient rest) {
        String pairingId = propose(rest, matchingProgram(rest), MINA_KEY).json().get("id").asText();

        assertStatusWithMessage(rest.as("mina.mentee").post("/pairings/" + pairingId + "/sessions", SESSION), 409);
    }

    /** maria mentors the mentee in a fresh program; both accepted the agreement, so the pairing is active. */
    private static String activePairing(RestClient rest, String menteeKey, String menteeName) {
        String pairingId = propose(rest, matchingProgram(rest), menteeKey).json().get("id").asText();
        action(rest, "maria.mentor", pairingId, "/accept");
        RestResponse agreed = rest.as("pat.manager").put("/pairings/" + pairingId + "/agreement",
            "{\"confidential\":true,\"meetingCadence\":\"P14D\",\"duration\":\"P6M\",\"expectations\":\"Prepare\"}");
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
        action(rest, "maria.mentor", pairingId, "/agreement/accept");
        assertThat(action(rest, menteeName, pairingId, "/agreement/accept").json().get("status").asText())
            .isEqualTo("ACTIVE");
        return pairingId;
    }
}
