package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.adapter.rest.PairingRestIT.MINA_KEY;
import static org.mentorhub.adapter.rest.PairingRestIT.TOM_KEY;
import static org.mentorhub.adapter.rest.RestFixtures.UNKNOWN_ID;
import static org.mentorhub.adapter.rest.RestFixtures.assertFieldError;
import static org.mentorhub.adapter.rest.RestFixtures.assertStatusWithMessage;
import static org.mentorhub.adapter.rest.RestFixtures.enrollingProgram;
import static org.mentorhub.adapter.rest.RestFixtures.enrollmentJson;
import static org.mentorhub.adapter.rest.RestFixtures.postAction;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.sandbox.SandboxMain;
import org.mentorhub.testing.RestClient;
import org.mentorhub.testing.RestResponse;
import org.mentorhub.testing.Sandbox;
import org.mentorhub.testing.SandboxExtension;

/**
 * Nominations over real HTTP in the sandbox, every exchange checked against the OpenAPI document. lee.lead is the
 * direct manager of mina.mentee and tom.mentee in the sandbox's directory.
 */
@ExtendWith(SandboxExtension.class)
class NominationRestIT {
    private static final String LEE_KEY = "JIRAUSER10002";
    private static final String ACCEPTANCE = enrollmentJson("MENTEE", 2, "\"PARTICIPATION\"");

    @BeforeEach
    void recordTheDirectorysReportingLines(Sandbox sandbox) {
        SandboxMain.recordDemoReportingLines(sandbox.host());
    }

    @Test
    void aLineManagerNominatesAReportWhoAcceptsByEnrolling(RestClient rest) {
        String programId = enrollingProgram(rest);

        JsonNode nomination = nominate(rest, "lee.lead", programId, MINA_KEY);
        RestResponse accepted = rest.as("mina.mentee").post("/nominations/" + nomination.get("id").asText() + "/accept", ACCEPTANCE);

        assertThat(nomination.get("status").asText()).isEqualTo("PENDING");
        assertThat(nomination.get("nominator").asText()).isEqualTo(LEE_KEY);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("user").asText()).isEqualTo(MINA_KEY);
        assertThat(accepted.json().get("roles")).extracting(JsonNode::asText).containsExactlyInAnyOrder("MENTOR", "MENTEE");
        RestResponse listed = rest.as("pat.manager").get("/programs/" + programId + "/nominations");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json().get("values")).singleElement()
            .satisfies(listedNomination -> assertThat(listedNomination.get("status").asText()).isEqualTo("ACCEPTED"));
    }

    @Test
    void theNomineeDeclinesAndTheNominatorWithdraws(RestClient rest) {
        String programId = enrollingProgram(rest);
        String declinedId = nominate(rest, "lee.lead", programId, TOM_KEY).get("id").asText();

        RestResponse declined = postAction(rest.as("tom.mentee"), "/nominations/" + declinedId + "/decline");
        String withdrawnId = nominate(rest, "lee.lead", programId, TOM_KEY).get("id").asText();
        RestResponse withdrawn = postAction(rest.as("lee.lead"), "/nominations/" + withdrawnId + "/withdraw");

        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(declined.json().get("status").asText()).isEqualTo("DECLINED");
        assertThat(declined.json().get("decidedAt").asText()).isNotBlank();
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
    }

    @Test
    void invalidNominationsAre400PerField(RestClient rest) {
        String programId = enrollingProgram(rest);

        assertFieldError(rest.as("lee.lead").post("/programs/" + programId + "/nominations",
            "{\"nominee\":\"" + MINA_KEY + "\",\"role\":\"MENTOR\"}"), "reason");
        assertFieldError(rest.as("lee.lead").post("/programs/" + programId + "/nominations",
            "{\"role\":\"MENTOR\",\"reason\":\"Great coach\"}"), "nominee");
        String nominationId = nominate(rest, "lee.lead", programId, MINA_KEY).get("id").asText();
        assertFieldError(rest.as("mina.mentee").post("/nominations/" + nominationId + "/accept",
            enrollmentJson("MENTEE", 2, "")), "consent.scopes");
    }

    @Test
    void anonymousCallersAre401(RestClient rest) {
        assertStatusWithMessage(rest.withoutContractCheck().get("/programs" + UNKNOWN_ID + "/nominations"), 401);
    }

    @Test
    void onlyManagersNominateAndOnlyTheNomineeAnswers(RestClient rest) {
        String programId = enrollingProgram(rest);
        String nominationId = nominate(rest, "lee.lead", programId, MINA_KEY).get("id").asText();

        assertStatusWithMessage(rest.as("maria.mentor").post("/programs/" + programId + "/nominations", body(TOM_KEY)), 403);
        assertStatusWithMessage(rest.as("lee.lead").get("/programs/" + programId + "/nominations"), 403);
        assertStatusWithMessage(postAction(rest.as("tom.mentee"), "/nominations/" + nominationId + "/decline"), 403);
        assertStatusWithMessage(postAction(rest.as("tom.mentee"), "/nominations/" + nominationId + "/withdraw"), 403);
    }

    @Test
    void unknownNomineesAndNominationsAre404(RestClient rest) {
        String programId = enrollingProgram(rest);

        assertStatusWithMessage(rest.as("pat.manager").post("/programs/" + programId + "/nominations", body("JIRAUSER99999")), 404);
        assertStatusWithMessage(postAction(rest.as("mina.mentee"), "/nominations" + UNKNOWN_ID + "/decline"), 404);
        assertStatusWithMessage(rest.as("mina.mentee").post("/nominations/not-an-id/accept", ACCEPTANCE), 404);
    }

    @Test
    void aSecondPendingNominationAndAnswerAre409(RestClient rest) {
        String programId = enrollingProgram(rest);
        String nominationId = nominate(rest, "lee.lead", programId, MINA_KEY).get("id").asText();

        assertStatusWithMessage(rest.as("pat.manager").post("/programs/" + programId + "/nominations", body(MINA_KEY)), 409);
        postAction(rest.as("mina.mentee"), "/nominations/" + nominationId + "/decline");
        assertStatusWithMessage(rest.as("mina.mentee").post("/nominations/" + nominationId + "/accept", ACCEPTANCE), 409);
    }

    private static String body(String nomineeKey) {
        return "{\"nominee\":\"" + nomineeKey + "\",\"role\":\"MENTOR\",\"reason\":\"Explains things patiently\"}";
    }

    private static JsonNode nominate(RestClient rest, String nominator, String programId, String nomineeKey) {
        RestResponse nominated = rest.as(nominator).post("/programs/" + programId + "/nominations", body(nomineeKey));
        assertThat(nominated.status()).as(nominated.body()).isEqualTo(201);
        return nominated.json();
    }
}
