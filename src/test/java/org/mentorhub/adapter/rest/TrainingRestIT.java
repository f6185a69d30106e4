package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.adapter.rest.RestFixtures.UNKNOWN_ID;
import static org.mentorhub.adapter.rest.RestFixtures.assertFieldError;
import static org.mentorhub.adapter.rest.RestFixtures.assertStatusWithMessage;
import static org.mentorhub.adapter.rest.RestFixtures.enroll;
import static org.mentorhub.adapter.rest.RestFixtures.enrollingProgram;
import static org.mentorhub.adapter.rest.RestFixtures.moveProgram;
import static org.mentorhub.adapter.rest.RestFixtures.postAction;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.RestClient;
import org.mentorhub.testing.RestResponse;
import org.mentorhub.testing.SandboxExtension;

/** Training materials over real HTTP in the sandbox, every exchange checked against the OpenAPI document. */
@ExtendWith(SandboxExtension.class)
class TrainingRestIT {
    private static final String FOR_MENTORS = """
        {"title":"Mentoring basics","location":"https://wiki.example.com/x/1","audience":["MENTOR"],"required":true}""";

    @Test
    void aMentorCompletesTheMaterialMeantForMentorsOnce(RestClient rest) {
        String programId = programWithMentorAndMentee(rest);
        JsonNode material = add(rest, programId, FOR_MENTORS);
        String materialId = material.get("id").asText();

        RestResponse before = rest.as("maria.mentor").get(training(programId));
        RestResponse completed = postAction(rest.as("maria.mentor"), "/training/" + materialId + "/complete");
        RestResponse again = postAction(rest.as("maria.mentor"), "/training/" + materialId + "/complete");
        RestResponse after = rest.as("maria.mentor").get(training(programId));

        assertThat(material.get("required").asBoolean()).isTrue();
        assertThat(before.json()).singleElement().satisfies(listed -> assertThat(listed.has("completedAt")).isFalse());
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.json().get("user").asText()).isEqualTo(PairingRestIT.MARIA_KEY);
        Instant completedAt = Instant.parse(completed.json().get("completedAt").asText()).truncatedTo(ChronoUnit.MILLIS);
        assertThat(Instant.parse(again.json().get("completedAt").asText())).as("the first completion counts").isEqualTo(completedAt);
        assertThat(after.json()).singleElement()
            .satisfies(listed -> assertThat(Instant.parse(listed.get("completedAt").asText())).isEqualTo(completedAt));
    }

    @Test
    void managersSeeEveryMaterialAndParticipantsThoseForTheirRole(RestClient rest) {
        String programId = programWithMentorAndMentee(rest);
        add(rest, programId, FOR_MENTORS);
        add(rest, programId, FOR_MENTORS.replace("MENTOR", "MENTEE").replace("Mentoring basics", "Being mentored"));

        assertThat(rest.as("pat.manager").get(training(programId)).json()).extracting(m -> m.get("title").asText())
            .containsExactly("Being mentored", "Mentoring basics");
        assertThat(rest.as("mina.mentee").get(training(programId)).json()).extracting(m -> m.get("title").asText())
            .containsExactly("Being mentored");
    }

    @Test
    void invalidMaterialsAre400PerField(RestClient rest) {
        String programId = enrollingProgram(rest);

        assertFieldError(rest.as("pat.manager").post(training(programId), FOR_MENTORS.replace("Mentoring basics", "")), "title");
        assertFieldError(rest.as("pat.manager").post(training(programId), FOR_MENTORS.replace("\"MENTOR\"", "")), "audience");
        RestResponse nullRole = rest.as("pat.manager").withoutContractCheck().post(training(programId), FOR_MENTORS.replace("\"MENTOR\"", "null"));
        assertThat(nullRole.status()).as(nullRole.body()).isEqualTo(400);
        assertThat(nullRole.json().get("errors").fieldNames()).toIterable().singleElement().asString().startsWith("audience");
    }

    @Test
    void anonymousCallersAre401(RestClient rest) {
        assertStatusWithMessage(rest.withoutContractCheck().get("/programs" + UNKNOWN_ID + "/training"), 401);
    }

    @Test
    void onlyManagersAddAndOnlyTheAudienceCompletes(RestClient rest) {
        String programId = programWithMentorAndMentee(rest);
        String materialId = add(rest, programId, FOR_MENTORS).get("id").asText();

        assertStatusWithMessage(rest.as("maria.mentor").post(training(programId), FOR_MENTORS), 403);
        assertStatusWithMessage(postAction(rest.as("mina.mentee"), "/training/" + materialId + "/complete"), 403);
        assertStatusWithMessage(rest.as("tom.mentee").get(training(programId)), 403);
    }

    @Test
    void unknownProgramsAndMaterialsAre404(RestClient rest) {
        assertStatusWithMessage(rest.as("pat.manager").get("/programs" + UNKNOWN_ID + "/training"), 404);
        assertStatusWithMessage(postAction(rest.as("maria.mentor"), "/training" + UNKNOWN_ID + "/complete"), 404);
    }

    @Test
    void closedProgramsTakeNoNewMaterial409(RestClient rest) {
        String programId = enrollingProgram(rest);
        moveProgram(rest, programId, "CLOSED");

        assertStatusWithMessage(rest.as("pat.manager").post(training(programId), FOR_MENTORS), 409);
    }

    /** An enrolling program with maria as mentor and mina as mentee. */
    private static String programWithMentorAndMentee(RestClient rest) {
        String programId = enrollingProgram(rest);
        enroll(rest, "maria.mentor", programId, "MENTOR");
        enroll(rest, "mina.mentee", programId, "MENTEE");
        return programId;
    }

    private static JsonNode add(RestClient rest, String programId, String body) {
        RestResponse added = rest.as("pat.manager").post(training(programId), body);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json();
    }

    private static String training(String programId) {
        return "/programs/" + programId + "/training";
    }
}
