package org.mentorhub.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.Failures.messageKey;
import static org.mentorhub.domain.TestData.NOW;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.Feedback;
import org.mentorhub.domain.FeedbackKind;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.RatingQuestion;
import org.mentorhub.domain.UserKey;
import org.mentorhub.domain.Program;

/** What every {@link FeedbackStore} does. */
public abstract class FeedbackStoreContract extends StoreContractSupport {

    @Test
    void listsAPairingsAnswersOldestFirstWithEveryScore() {
        Pairing pairing = storedPairing(storedProgram("Leads"), "m", "e");
        Pairing other = storedPairing(storedProgram("Other"), "m", "e");
        Feedback later = answer(pairing, "m", FeedbackKind.EARLY, 60);
        Feedback earlier = answer(pairing, "e", FeedbackKind.EARLY, 0);
        stores.feedback().insert(later);
        stores.feedback().insert(earlier);
        stores.feedback().insert(answer(other, "e", FeedbackKind.EARLY, 0));

        assertThat(stores.feedback().listByPairing(pairing.id())).containsExactly(earlier, later);
    }

    @Test
    void eachMemberAnswersEachSurveyOnce() {
        Pairing pairing = storedPairing(storedProgram("Leads"), "m", "e");
        stores.feedback().insert(answer(pairing, "e", FeedbackKind.EARLY, 0));
        stores.feedback().insert(answer(pairing, "e", FeedbackKind.FINAL, 10));

        assertThat(messageKey(ConflictException.class, () -> stores.feedback().insert(answer(pairing, "e", FeedbackKind.EARLY, 20))))
                .isEqualTo("mentorhub.feedback.alreadySubmitted");
        assertThat(stores.feedback().listByPairing(pairing.id())).hasSize(2);
    }

    private Feedback answer(Pairing pairing, String respondent, FeedbackKind kind, int secondsLater) {
        return new Feedback(Id.random(), pairing.id(), pairing.programId(), new UserKey(respondent), kind,
                Map.of(RatingQuestion.RELATIONSHIP, 5, RatingQuestion.MEETING_VALUE, 3), 9, 2, 4, "Very helpful", NOW.plusSeconds(secondsLater));
    }

    @Test
    void listsTheScoresOfAProgramsAnswersInAHalfOpenRange() {
        Program program = storedProgram("Leads");
        Pairing pairing = storedPairing(program, "m", "e");
        Pairing another = storedPairing(program, "m2", "e2");
        Feedback later = answer(another, "e2", FeedbackKind.EARLY, 60);
        Feedback first = answer(pairing, "e", FeedbackKind.EARLY, 0);
        stores.feedback().insert(later);
        stores.feedback().insert(first);
        stores.feedback().insert(answer(pairing, "m", FeedbackKind.EARLY, -1));
        stores.feedback().insert(answer(pairing, "e", FeedbackKind.FINAL, 120));
        stores.feedback().insert(answer(storedPairing(storedProgram("Other"), "m", "e"), "e", FeedbackKind.EARLY, 0));

        assertThat(stores.feedback().listScores(program.id(), NOW, NOW.plusSeconds(120)))
                .containsExactlyInAnyOrder(FeedbackScores.of(first), FeedbackScores.of(later));
    }
}
