package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.adapter.rest.PairingRestIT.activePairing;
import static org.mentorhub.adapter.rest.PairingRestIT.matchingProgram;
import static org.mentorhub.adapter.rest.RestFixtures.UNKNOWN_ID;
import static org.mentorhub.adapter.rest.RestFixtures.assertFieldError;
import static org.mentorhub.adapter.rest.RestFixtures.assertStatusWithMessage;
import static org.mentorhub.adapter.rest.RestFixtures.postAction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.RestClient;
import org.mentorhub.testing.RestResponse;
import org.mentorhub.testing.SandboxExtension;

/** Survey answers over real HTTP in the sandbox, every exchange checked against the OpenAPI document. */
@ExtendWith(SandboxExtension.class)
class FeedbackRestIT {
    private static final String FINAL = """
        {"kind":"FINAL","ratings":{"RELATIONSHIP":5,"GOAL_PROGRESS":4},"recommendScore":9,
         "confidenceBefore":2,"confidenceAfter":4,"comment":"Worth every hour"}""";

    @Test
    void eachMemberAnswersTheFinalSurveyOnceAfterThePairingEnds(RestClient rest) {
        String pairingId = completedPairing(rest);

        RestResponse mentee = rest.as("mina.mentee").post(feedback(pairingId), FINAL);
        RestResponse mentor = rest.as("maria.mentor").post(feedback(pairingId), FINAL.replace("9", "10"));

        assertThat(mentee.status()).as(mentee.body()).isEqualTo(201);
        assertThat(mentee.json().get("kind").asText()).isEqualTo("FINAL");
        assertThat(mentee.json().get("ratings").get("RELATIONSHIP").asInt()).isEqualTo(5);
        assertThat(mentee.json().get("recommendScore").asInt()).isEqualTo(9);
        assertThat(mentee.json().get("respondent").asText()).isEqualTo(PairingRestIT.MINA_KEY);
        assertThat(mentor.status()).as(mentor.body()).isEqualTo(201);
        assertStatusWithMessage(rest.as("mina.mentee").post(feedback(pairingId), FINAL), 409);
    }

    @Test
    void theEarlySurveyOfAPairingThatJustStartedIsNotOpenYet(RestClient rest) {
        String pairingId = activePairing(rest, matchingProgram(rest));

        assertStatusWithMessage(rest.as("mina.mentee").post(feedback(pairingId), FINAL.replace("FINAL", "EARLY")), 409);
        assertStatusWithMessage(rest.as("mina.mentee").post(feedback(pairingId), FINAL), 409);
    }

    @Test
    void answersOutOfScaleAre400PerField(RestClient rest) {
        String pairingId = completedPairing(rest);

        assertFieldError(rest.as("mina.mentee").post(feedback(pairingId), FINAL.replace("9", "11")), "recommendScore");
        assertFieldError(rest.as("mina.mentee").post(feedback(pairingId), FINAL.replace("\"kind\":\"FINAL\",", "")), "kind");
        assertFieldError(rest.as("mina.mentee").withoutContractCheck().post(feedback(pairingId),
            FINAL.replace("\"RELATIONSHIP\":5", "\"RELATIONSHIP\":6")), "ratings.RELATIONSHIP");
    }

    @Test
    void anonymousCallersAre401(RestClient rest) {
        assertStatusWithMessage(rest.withoutContractCheck().post("/pairings" + UNKNOWN_ID + "/feedback", FINAL), 401);
    }

    @Test
    void onlyPairMembersAnswer(RestClient rest) {
        String pairingId = completedPairing(rest);

        assertStatusWithMessage(rest.as("tom.mentee").post(feedback(pairingId), FINAL), 403);
        assertStatusWithMessage(rest.as("pat.manager").post(feedback(pairingId), FINAL), 403);
    }

    @Test
    void unknownPairingsAre404(RestClient rest) {
        assertStatusWithMessage(rest.as("mina.mentee").post("/pairings" + UNKNOWN_ID + "/feedback", FINAL), 404);
    }

    private static String completedPairing(RestClient rest) {
        String pairingId = activePairing(rest, matchingProgram(rest));
        RestResponse completed = postAction(rest.as("maria.mentor"), "/pairings/" + pairingId + "/complete");
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        return pairingId;
    }

    private static String feedback(String pairingId) {
        return "/pairings/" + pairingId + "/feedback";
    }
}
