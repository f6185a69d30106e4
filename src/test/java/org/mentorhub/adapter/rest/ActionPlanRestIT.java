package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.adapter.rest.PairingRestIT.action;
import static org.mentorhub.adapter.rest.PairingRestIT.matchingProgram;
import static org.mentorhub.adapter.rest.PairingRestIT.propose;
import static org.mentorhub.adapter.rest.RestFixtures.UNKNOWN_ID;
import static org.mentorhub.adapter.rest.RestFixtures.assertFieldError;
import static org.mentorhub.adapter.rest.RestFixtures.assertStatusWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.RestClient;
import org.mentorhub.testing.RestResponse;
import org.mentorhub.testing.SandboxExtension;

/** Goals, milestones and the action plan over real HTTP in the sandbox, checked against the OpenAPI document. */
@ExtendWith(SandboxExtension.class)
class ActionPlanRestIT {
    private static final String MINA_KEY = "JIRAUSER10005";
    private static final Map<String, String> NO_CHECK = Map.of("X-Atlassian-Token", "no-check");

    @Test
    void thePairPlansAndCompletesGoalsAndTheManagerReadsThePlan(RestClient rest) {
        String pairingId = acceptedPairing(rest);
        String goalId = addGoal(rest, pairingId, "{\"title\":\"Lead a design review\",\"dueDate\":\"2030-06-30\"}")
            .get("id").asText();
        RestResponse milestone = rest.as("maria.mentor").post("/goals/" + goalId + "/milestones",
            "{\"title\":\"Shadow a review\"}");
        assertThat(milestone.status()).as(milestone.body()).isEqualTo(201);

        assertStatusWithMessage(rest.as("mina.mentee").send("POST", "/goals/" + goalId + "/complete", null, NO_CHECK), 409);
        RestResponse afterMilestone = rest.as("mina.mentee").send("POST",
            "/milestones/" + milestone.json().get("id").asText() + "/complete", null, NO_CHECK);
        assertThat(afterMilestone.status()).as(afterMilestone.body()).isEqualTo(200);
        assertThat(afterMilestone.json().get("complete").asBoolean()).isFalse();
        RestResponse afterGoal = rest.as("mina.mentee").send("POST", "/goals/" + goalId + "/complete", null, NO_CHECK);

        assertThat(afterGoal.status()).as(afterGoal.body()).isEqualTo(200);
        assertThat(afterGoal.json().get("complete").asBoolean()).isTrue();
        JsonNode plan = rest.as("pat.manager").get("/pairings/" + pairingId + "/action-plan").json();
        assertThat(plan.get("goals").get(0).get("status").asText()).isEqualTo("DONE");
        assertThat(plan.get("goals").get(0).get("milestones").get(0).get("status").asText()).isEqualTo("DONE");
    }

    @Test
    void aBlankTitleIs400(RestClient rest) {
        String pairingId = acceptedPairing(rest);

        assertFieldError(rest.as("mina.mentee").post("/pairings/" + pairingId + "/action-plan/goals",
            "{\"title\":\"  \"}"), "title");
    }

    @Test
    void aDueDateBeyondFourDigitYearsIs400NotAStorageFailure(RestClient rest) {
        String pairingId = acceptedPairing(rest);

        // The document itself rules such a date out, so the request is sent past the contract check.
        assertFieldError(rest.as("mina.mentee").withoutContractCheck().post("/pairings/" + pairingId + "/action-plan/goals",
            "{\"title\":\"Plan ahead\",\"dueDate\":\"+10000-01-01\"}"), "dueDate");
    }

    @Test
    void anonymousCallersAre401(RestClient rest) {
        assertStatusWithMessage(rest.withoutContractCheck().get("/pairings" + UNKNOWN_ID + "/action-plan"), 401);
    }

    @Test
    void peopleOutsideThePairAre403(RestClient rest) {
        String pairingId = acceptedPairing(rest);

        assertStatusWithMessage(rest.as("tom.mentee").get("/pairings/" + pairingId + "/action-plan"), 403);
        assertStatusWithMessage(rest.as("pat.manager").post("/pairings/" + pairingId + "/action-plan/goals",
            "{\"title\":\"Managers do not plan for the pair\"}"), 403);
    }

    @Test
    void unknownIdsAre404(RestClient rest) {
        assertStatusWithMessage(rest.as("mina.mentee").get("/pairings" + UNKNOWN_ID + "/action-plan"), 404);
        assertStatusWithMessage(rest.as("mina.mentee").send("POST", "/milestones" + UNKNOWN_ID + "/complete", null,
            NO_CHECK), 404);
        assertStatusWithMessage(rest.as("mina.mentee").post("/goals" + UNKNOWN_ID + "/milestones",
            "{\"title\":\"Lost\"}"), 404);
    }

    @Test
    void plansOfAnUnansweredPairingAre409(RestClient rest) {
        String pairingId = propose(rest, matchingProgram(rest), MINA_KEY).json().get("id").asText();

        assertStatusWithMessage(rest.as("mina.mentee").post("/pairings/" + pairingId + "/action-plan/goals",
            "{\"title\":\"Too early\"}"), 409);
    }

    private static String acceptedPairing(RestClient rest) {
        String pairingId = propose(rest, matchingProgram(rest), MINA_KEY).json().get("id").asText();
        action(rest, "maria.mentor", pairingId, "/accept");
        return pairingId;
    }

    private static JsonNode addGoal(RestClient rest, String pairingId, String json) {
        RestResponse goal = rest.as("mina.mentee").post("/pairings/" + pairingId + "/action-plan/goals", json);
        assertThat(goal.status()).as(goal.body()).isEqualTo(201);
        return goal.json();
    }
}
