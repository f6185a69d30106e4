package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mentorhub.adapter.rest.PairingRestIT.MARIA_KEY;
import static org.mentorhub.adapter.rest.PairingRestIT.MINA_KEY;
import static org.mentorhub.adapter.rest.PairingRestIT.TOM_KEY;
import static org.mentorhub.adapter.rest.PairingRestIT.matchingProgram;
import static org.mentorhub.adapter.rest.RestFixtures.UNKNOWN_ID;
import static org.mentorhub.adapter.rest.RestFixtures.assertFieldError;
import static org.mentorhub.adapter.rest.RestFixtures.assertStatusWithMessage;
import static org.mentorhub.adapter.rest.RestFixtures.enroll;
import static org.mentorhub.adapter.rest.RestFixtures.enrollingProgram;
import static org.mentorhub.adapter.rest.RestFixtures.moveProgram;
import static org.mentorhub.adapter.rest.RestFixtures.postAction;
import static org.mentorhub.adapter.rest.RestFixtures.programJson;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.RestClient;
import org.mentorhub.testing.RestResponse;
import org.mentorhub.testing.SandboxExtension;

/** Matching runs, proposal review, suggestions and experts over real HTTP, every exchange checked against the OpenAPI document. */
@ExtendWith(SandboxExtension.class)
class MatchingRestIT {
    private static final String RUN = "{\"objective\":\"MAXIMIZE_MATCHES_THEN_SCORE\"}";

    @Test
    void aRunProposesWithExplanationsAndTheManagerLocksUnlocksAndApproves(RestClient rest) {
        String programId = matchingProgram(rest);

        RestResponse run = rest.as("pat.manager").post(matching(programId, "/runs"), RUN);

        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().get("proposals").asInt()).isEqualTo(1);
        assertThat(run.json().get("locked").asInt()).isZero();
        assertThat(run.json().get("unmatchedMentees")).hasSize(1);
        JsonNode proposal = proposals(rest, programId).get(0);
        String proposalId = proposal.get("pairing").get("id").asText();
        assertThat(proposal.get("pairing").get("status").asText()).isEqualTo("PROPOSED");
        assertThat(proposal.get("pairing").get("mentor").asText()).isEqualTo(MARIA_KEY);
        JsonNode explanation = proposal.get("fits").get(0).get("explanation");
        assertThat(explanation.get("score").asDouble()).as("the points add up to the score")
            .isCloseTo(sum(explanation.get("contributions"), "points"), within(1e-6));
        assertThat(explanation.get("contributions")).isNotEmpty().allSatisfy(contribution -> {
            assertThat(contribution.get("name").asText()).isNotBlank().doesNotContain("mentorhub.");
            assertThat(contribution.get("reason").get("key").asText()).startsWith("mentorhub.match.");
            assertThat(contribution.get("reason").get("text").asText()).isNotBlank().doesNotContain("mentorhub.");
        });

        assertThat(postAction(rest.as("pat.manager"), proposal(programId, proposalId, "/lock")).status()).isEqualTo(204);
        assertThat(proposals(rest, programId).get(0).get("locked").asBoolean()).isTrue();
        RestResponse again = rest.as("pat.manager").post(matching(programId, "/runs"), RUN);
        assertThat(again.json().get("locked").asInt()).isEqualTo(1);
        assertThat(postAction(rest.as("pat.manager"), proposal(programId, proposalId, "/unlock")).status()).isEqualTo(204);
        assertThat(proposals(rest, programId).get(0).get("locked").asBoolean()).isFalse();

        RestResponse approved = rest.as("pat.manager").post(matching(programId, "/proposals/approve"),
            "{\"proposals\":[\"" + proposalId + "\"]}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json()).singleElement().satisfies(pairing -> assertThat(pairing.get("status").asText()).isEqualTo("ACCEPTED"));
        assertThat(rest.as("pat.manager").get(matching(programId, "/proposals")).json().get("total").asInt()).isZero();
    }

    @Test
    void aStableRunProposesLikeAnyOtherRun(RestClient rest) {
        String programId = matchingProgram(rest);

        RestResponse run = rest.as("pat.manager").post(matching(programId, "/runs"), "{\"objective\":\"STABLE\"}");

        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().get("proposals").asInt()).isEqualTo(1);
        assertThat(run.json().get("unmatchedMentees")).hasSize(1);
        JsonNode proposal = proposals(rest, programId).get(0);
        assertThat(proposal.get("pairing").get("mentor").asText()).isEqualTo(MARIA_KEY);
        assertThat(proposal.get("fits").get(0).get("explanation").get("contributions")).isNotEmpty();
    }

    @Test
    void aRejectedProposalIsRetractedAndItsPairNeverProposedAgain(RestClient rest) {
        String programId = matchingProgram(rest);
        rest.as("pat.manager").post(matching(programId, "/runs"), RUN);
        JsonNode first = proposals(rest, programId).get(0).get("pairing");

        RestResponse rejected = postAction(rest.as("pat.manager"), proposal(programId, first.get("id").asText(), "/reject"));
        rest.as("pat.manager").post(matching(programId, "/runs"), RUN);

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("status").asText()).isEqualTo("DECLINED");
        JsonNode second = proposals(rest, programId).get(0).get("pairing");
        assertThat(second.get("mentees").get(0).asText()).isNotEqualTo(first.get("mentees").get(0).asText());
    }

    @Test
    void anExcludedPairIsNotProposed(RestClient rest) {
        String programId = matchingProgram(rest);

        RestResponse excluded = rest.as("pat.manager").post(matching(programId, "/exclusions"),
            "{\"mentor\":\"" + MARIA_KEY + "\",\"mentee\":\"" + MINA_KEY + "\"}");
        RestResponse run = rest.as("pat.manager").post(matching(programId, "/runs"), RUN);

        assertThat(excluded.status()).as(excluded.body()).isEqualTo(204);
        assertThat(run.json().get("unmatchedMentees")).extracting(JsonNode::asText).containsExactly(MINA_KEY);
        assertThat(proposals(rest, programId).get(0).get("pairing").get("mentees").get(0).asText()).isEqualTo(TOM_KEY);
    }

    @Test
    void aMenteeGetsRankedSuggestionsWithReasons(RestClient rest) {
        String programId = matchingProgram(rest);

        RestResponse suggestions = rest.as("mina.mentee").get(matching(programId, "/suggestions?limit=5"));

        assertThat(suggestions.status()).as(suggestions.body()).isEqualTo(200);
        assertThat(suggestions.json()).singleElement().satisfies(suggestion -> {
            assertThat(suggestion.get("mentor").asText()).isEqualTo(MARIA_KEY);
            assertThat(suggestion.get("freePlaces").asInt()).isEqualTo(1);
            assertThat(suggestion.get("explanation").get("contributions")).isNotEmpty();
        });
    }

    @Test
    void aJustInTimeMenteeFindsExpertsOnATopic(RestClient rest) {
        RestResponse created = rest.as("admin").post("/programs", programJson("JUST_IN_TIME", "SELF"));
        String programId = created.json().get("id").asText();
        moveProgram(rest, programId, "ENROLLING");
        enroll(rest, "maria.mentor", programId, "MENTOR");
        enroll(rest, "mina.mentee", programId, "MENTEE");
        moveProgram(rest, programId, "MATCHING");

        RestResponse experts = rest.as("mina.mentee").get("/programs/" + programId + "/experts?topic=java&limit=3");

        assertThat(experts.status()).as(experts.body()).isEqualTo(200);
        assertThat(experts.json()).singleElement().satisfies(expert -> {
            assertThat(expert.get("mentor").asText()).isEqualTo(MARIA_KEY);
            assertThat(expert.get("explanation").get("contributions")).isNotEmpty();
        });
        assertFieldError(rest.as("mina.mentee").withoutContractCheck().get("/programs/" + programId + "/experts?limit=3"), "topic");
    }

    @Test
    void invalidInputIs400PerField(RestClient rest) {
        String programId = matchingProgram(rest);

        assertFieldError(rest.as("pat.manager").post(matching(programId, "/runs"), "{}"), "objective");
        assertFieldError(rest.as("pat.manager").withoutContractCheck().post(matching(programId, "/runs"), "{\"objective\":\"FAIREST\"}"),
            "objective");
        assertFieldError(rest.as("pat.manager").post(matching(programId, "/proposals/approve"), "{}"), "proposals");
        assertFieldError(rest.as("pat.manager").post(matching(programId, "/proposals/approve"), "{\"proposals\":[\"nope\"]}"), "proposals");
        assertFieldError(rest.as("pat.manager").post(matching(programId, "/exclusions"), "{\"mentor\":\"" + MARIA_KEY + "\"}"), "mentee");
        assertFieldError(rest.as("mina.mentee").withoutContractCheck().get(matching(programId, "/suggestions?limit=many")), "limit");
        assertFieldError(rest.as("mina.mentee").withoutContractCheck().get(matching(programId, "/suggestions?limit=0")), "limit");
    }

    @Test
    void anonymousCallersAre401(RestClient rest) {
        assertStatusWithMessage(rest.withoutContractCheck().get("/programs" + UNKNOWN_ID + "/matching/proposals"), 401);
    }

    @Test
    void onlyManagersMatchAndOnlyMenteesGetSuggestions(RestClient rest) {
        String programId = matchingProgram(rest);
        String proposalId = firstProposalOfARun(rest, programId);

        assertStatusWithMessage(rest.as("mina.mentee").post(matching(programId, "/runs"), RUN), 403);
        assertStatusWithMessage(rest.as("mina.mentee").get(matching(programId, "/proposals")), 403);
        assertStatusWithMessage(postAction(rest.as("maria.mentor"), proposal(programId, proposalId, "/lock")), 403);
        assertStatusWithMessage(rest.as("maria.mentor").get(matching(programId, "/suggestions")), 403);
    }

    @Test
    void unknownProgramsAndProposalsOfAnotherProgramAre404(RestClient rest) {
        String programId = matchingProgram(rest);
        String otherId = matchingProgram(rest);
        String othersProposal = firstProposalOfARun(rest, otherId);

        assertStatusWithMessage(rest.as("pat.manager").post("/programs" + UNKNOWN_ID + "/matching/runs", RUN), 404);
        assertStatusWithMessage(postAction(rest.as("pat.manager"), proposal(programId, othersProposal, "/reject")), 404);
        assertStatusWithMessage(postAction(rest.as("pat.manager"), proposal(programId, UNKNOWN_ID.substring(1), "/lock")), 404);
    }

    @Test
    void conflictsWithTheProgramStateAre409(RestClient rest) {
        String enrolling = enrollingProgram(rest);
        String programId = matchingProgram(rest);
        String proposalId = firstProposalOfARun(rest, programId);
        rest.as("pat.manager").post(matching(programId, "/proposals/approve"), "{\"proposals\":[\"" + proposalId + "\"]}");

        assertStatusWithMessage(rest.as("pat.manager").post(matching(enrolling, "/runs"), RUN), 409);
        assertStatusWithMessage(postAction(rest.as("pat.manager"), proposal(programId, proposalId, "/lock")), 409);
        assertStatusWithMessage(rest.as("pat.manager").get("/programs/" + programId + "/experts?topic=java"), 403);
        assertStatusWithMessage(rest.as("mina.mentee").get("/programs/" + programId + "/experts?topic=java"), 409);
    }

    private static double sum(JsonNode values, String member) {
        double sum = 0;
        for (JsonNode value : values) {
            sum += value.get(member).asDouble();
        }
        return sum;
    }

    private static String matching(String programId, String path) {
        return "/programs/" + programId + "/matching" + path;
    }

    private static String proposal(String programId, String proposalId, String action) {
        return matching(programId, "/proposals/" + proposalId + action);
    }

    /** Runs the matching as pat.manager and returns the id of the first proposal. */
    private static String firstProposalOfARun(RestClient rest, String programId) {
        RestResponse run = rest.as("pat.manager").post(matching(programId, "/runs"), RUN);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        return proposals(rest, programId).get(0).get("pairing").get("id").asText();
    }

    /** The program's open proposals as its manager sees them, asserting success. */
    private static JsonNode proposals(RestClient rest, String programId) {
        RestResponse proposals = rest.as("pat.manager").get(matching(programId, "/proposals"));
        assertThat(proposals.status()).as(proposals.body()).isEqualTo(200);
        return proposals.json().get("values");
    }
}
