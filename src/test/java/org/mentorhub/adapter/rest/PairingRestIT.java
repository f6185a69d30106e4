package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.adapter.rest.RestFixtures.UNKNOWN_ID;
import static org.mentorhub.adapter.rest.RestFixtures.assertFieldError;
import static org.mentorhub.adapter.rest.RestFixtures.assertStatusWithMessage;
import static org.mentorhub.adapter.rest.RestFixtures.enroll;
import static org.mentorhub.adapter.rest.RestFixtures.enrollingProgram;
import static org.mentorhub.adapter.rest.RestFixtures.moveProgram;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.RestClient;
import org.mentorhub.testing.RestResponse;
import org.mentorhub.testing.SandboxExtension;

/** Pairings and agreements over real HTTP in the sandbox, every exchange checked against the OpenAPI document. */
@ExtendWith(SandboxExtension.class)
class PairingRestIT {
    static final String MARIA_KEY = "JIRAUSER10003";
    static final String MINA_KEY = "JIRAUSER10005";
    static final String TOM_KEY = "JIRAUSER10006";
    private static final String AGREEMENT = """
        {"confidential":true,"meetingCadence":"P14D","duration":"P6M","expectations":"Come prepared"}""";

    @Test
    void managerProposesMentorAcceptsAndTheHandshakeStartsThePairing(RestClient rest) {
        String programId = matchingProgram(rest);
        String pairingId = propose(rest, programId, MINA_KEY).json().get("id").asText();

        assertThat(action(rest, "maria.mentor", pairingId, "/accept").json().get("status").asText()).isEqualTo("ACCEPTED");
        RestResponse started = agreeAndStart(rest, pairingId);

        assertThat(started.json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(started.json().get("agreement").get("meetingCadence").asText()).isEqualTo("P14D");
        assertThat(started.json().get("startDate").asText()).isNotBlank();
        assertThat(started.json().get("agreement").get("menteesAcceptedAt").has(MINA_KEY)).isTrue();
        assertThat(rest.as("mina.mentee").get("/pairings/" + pairingId).json().get("mentor").asText())
            .isEqualTo(MARIA_KEY);
        RestResponse overview = rest.as("pat.manager").get("/programs/" + programId + "/pairings");
        assertThat(overview.json().get("total").asInt()).isEqualTo(1);
        assertThat(overview.json().get("values").get(0).get("goals").asInt()).isZero();
    }

    @Test
    void menteeRequestsAMentorWhoDeclines(RestClient rest) {
        String programId = matchingProgram(rest);

        RestResponse requested = rest.as("mina.mentee").post("/programs/" + programId + "/pairings/request",
            "{\"mentor\":\"" + MARIA_KEY + "\"}");

        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        assertThat(requested.json().get("status").asText()).isEqualTo("REQUESTED");
        assertThat(action(rest, "maria.mentor", requested.json().get("id").asText(), "/decline")
            .json().get("status").asText()).isEqualTo("DECLINED");
    }

    @Test
    void aMentorWithoutRoomLeftIs409(RestClient rest) {
        String programId = matchingProgram(rest);
        action(rest, "maria.mentor", propose(rest, programId, MINA_KEY).json().get("id").asText(), "/accept");

        RestResponse second = rest.as("pat.manager").post("/programs/" + programId + "/pairings",
            "{\"mentor\":\"" + MARIA_KEY + "\",\"mentees\":[\"" + TOM_KEY + "\"]}");

        assertStatusWithMessage(second, 409);
    }

    @Test
    void invalidProposalsAndTermsAre400PerField(RestClient rest) {
        String programId = matchingProgram(rest);
        String pairingId = propose(rest, programId, MINA_KEY).json().get("id").asText();

        assertFieldError(rest.as("pat.manager").post("/programs/" + programId + "/pairings",
            "{\"mentor\":\" \",\"mentees\":[\"" + TOM_KEY + "\"]}"), "mentor");
        assertFieldError(rest.as("pat.manager").post("/programs/" + programId + "/pairings",
            "{\"mentor\":\"JIRAUSER10004\",\"mentees\":[\"" + TOM_KEY + "\"]}"), "mentor");
        assertFieldError(rest.as("pat.manager").put("/pairings/" + pairingId + "/agreement",
            AGREEMENT.replace("P14D", "P0D")), "meetingCadence");
        // A duration past ten years would overflow the pairing's end date when both accept, leaving it stuck.
        assertFieldError(rest.as("pat.manager").put("/pairings/" + pairingId + "/agreement",
            AGREEMENT.replace("P6M", "P999999999Y")), "duration");
    }

    @Test
    void aProgramManagerLinksThePairToItsJiraIssue(RestClient rest) {
        String programId = matchingProgram(rest);
        String pairingId = propose(rest, programId, MINA_KEY).json().get("id").asText();
        String issueKey = "LINK-" + (1 + new java.util.Random().nextInt(1_000_000));

        assertStatusWithMessage(rest.as("pat.manager").put("/pairings/" + pairingId + "/issue",
            "{\"jiraIssueKey\":\"" + issueKey + "\"}"), 409);
        action(rest, "maria.mentor", pairingId, "/accept");
        RestResponse linked = rest.as("pat.manager").put("/pairings/" + pairingId + "/issue",
            "{\"jiraIssueKey\":\" " + issueKey.toLowerCase(java.util.Locale.ROOT) + "\"}");

        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().get("jiraIssueKey").asText()).isEqualTo(issueKey);
        assertThat(rest.as("mina.mentee").get("/pairings/" + pairingId).json().get("jiraIssueKey").asText()).isEqualTo(issueKey);
        assertFieldError(rest.as("pat.manager").put("/pairings/" + pairingId + "/issue", "{\"jiraIssueKey\":\"not a key\"}"),
            "jiraIssueKey");
        assertStatusWithMessage(rest.as("maria.mentor").put("/pairings/" + pairingId + "/issue", "{\"jiraIssueKey\":null}"), 403);
        RestResponse unlinked = rest.as("pat.manager").put("/pairings/" + pairingId + "/issue", "{\"jiraIssueKey\":null}");
        assertThat(unlinked.status()).as(unlinked.body()).isEqualTo(200);
        assertThat(unlinked.json().has("jiraIssueKey")).isFalse();
    }

    @Test
    void anonymousCallersAre401(RestClient rest) {
        assertStatusWithMessage(rest.withoutContractCheck().get("/pairings" + UNKNOWN_ID), 401);
    }

    @Test
    void wrongRolesAre403(RestClient rest) {
        String programId = matchingProgram(rest);
        String pairingId = propose(rest, programId, MINA_KEY).json().get("id").asText();

        assertStatusWithMessage(rest.as("mina.mentee").post("/programs/" + programId + "/pairings",
            "{\"mentor\":\"" + MARIA_KEY + "\",\"mentees\":[\"" + TOM_KEY + "\"]}"), 403);
        assertStatusWithMessage(rest.as("tom.mentee").get("/pairings/" + pairingId), 403);
        assertStatusWithMessage(rest.as("mina.mentee").send("POST",
            "/pairings/" + pairingId + "/accept", null, Map.of("X-Atlassian-Token", "no-check")), 403);
        assertStatusWithMessage(rest.as("mina.mentee").get("/programs/" + programId + "/pairings"), 403);
    }

    @Test
    void unknownPairingsAre404(RestClient rest) {
        assertStatusWithMessage(rest.as("maria.mentor").get("/pairings" + UNKNOWN_ID), 404);
        assertStatusWithMessage(rest.as("maria.mentor").send("POST", "/pairings" + UNKNOWN_ID + "/accept", null,
            Map.of("X-Atlassian-Token", "no-check")), 404);
    }

    /** A hybrid one-on-one program in MATCHING with maria (capacity 1) as mentor and mina and tom as mentees. */
    static String matchingProgram(RestClient rest) {
        String programId = enrollingProgram(rest);
        enroll(rest, "maria.mentor", programId, "MENTOR");
        enroll(rest, "mina.mentee", programId, "MENTEE");
        enroll(rest, "tom.mentee", programId, "MENTEE");
        moveProgram(rest, programId, "MATCHING");
        return programId;
    }

    static RestResponse propose(RestClient rest, String programId, String menteeKey) {
        RestResponse proposed = rest.as("pat.manager").post("/programs/" + programId + "/pairings",
            "{\"mentor\":\"" + MARIA_KEY + "\",\"mentees\":[\"" + menteeKey + "\"]}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        return proposed;
    }

    @Test
    void theMentorCompletesAnActivePairingAndAMemberEndsAnotherEarly(RestClient rest) {
        String active = activePairing(rest, matchingProgram(rest));
        String programId = matchingProgram(rest);
        String accepted = propose(rest, programId, TOM_KEY).json().get("id").asText();
        action(rest, "maria.mentor", accepted, "/accept");

        RestResponse completed = action(rest, "maria.mentor", active, "/complete");
        RestResponse ended = action(rest, "tom.mentee", accepted, "/end-early");

        assertThat(completed.json().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.json().get("endDate").asText()).isNotBlank();
        assertThat(ended.json().get("status").asText()).isEqualTo("ENDED_EARLY");
        assertThat(ended.json().has("endDate")).as("a pairing that never started has no end").isFalse();
        assertStatusWithMessage(rest.as("mina.mentee").send("POST", "/pairings/" + active + "/complete", null,
            Map.of("X-Atlassian-Token", "no-check")), 403);
        assertStatusWithMessage(rest.as("maria.mentor").send("POST", "/pairings/" + active + "/end-early", null,
            Map.of("X-Atlassian-Token", "no-check")), 409);
        assertStatusWithMessage(rest.as("maria.mentor").send("POST", "/pairings" + UNKNOWN_ID + "/complete", null,
            Map.of("X-Atlassian-Token", "no-check")), 404);
    }

    /** maria mentoring mina in {@code programId} (from {@link #matchingProgram}), accepted and agreed: active. */
    static String activePairing(RestClient rest, String programId) {
        String pairingId = propose(rest, programId, MINA_KEY).json().get("id").asText();
        action(rest, "maria.mentor", pairingId, "/accept");
        assertThat(agreeAndStart(rest, pairingId).json().get("status").asText()).isEqualTo("ACTIVE");
        return pairingId;
    }

    /** pat.manager sets the agreement of an accepted pairing of maria and mina, and both accept it. */
    private static RestResponse agreeAndStart(RestClient rest, String pairingId) {
        RestResponse agreed = rest.as("pat.manager").put("/pairings/" + pairingId + "/agreement", AGREEMENT);
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
        action(rest, "maria.mentor", pairingId, "/agreement/accept");
        return action(rest, "mina.mentee", pairingId, "/agreement/accept");
    }

    /** A body-less POST action on a pairing as {@code username}, asserting success. */
    static RestResponse action(RestClient rest, String username, String pairingId, String action) {
        RestResponse response = rest.as(username).send("POST", "/pairings/" + pairingId + action, null,
            Map.of("X-Atlassian-Token", "no-check"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }
}
