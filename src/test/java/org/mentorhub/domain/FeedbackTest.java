package org.mentorhub.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.Failures.fieldErrors;
import static org.mentorhub.domain.TestData.NOW;
import static org.mentorhub.domain.TestData.TODAY;
import static org.mentorhub.domain.TestData.user;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedbackTest {
    private final Program program = TestData.program(ProgramStatus.RUNNING);

    @Test
    void ratingsAreOneToFiveAndTheRecommendScoreZeroToTen() {
        FieldErrors errors = fieldErrors(() -> new Feedback(Id.random(), Id.random(), program.id(), user("ann"), FeedbackKind.EARLY,
                Map.of(RatingQuestion.RELATIONSHIP, 0, RatingQuestion.GOAL_PROGRESS, 5), 11, 6, null, null, NOW));

        assertThat(errors.all()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("ratings.RELATIONSHIP", "recommendScore", "confidenceBefore");
    }

    @Test
    void earlyFeedbackOpensTwoWeeksAfterTheStartAndIsDueAfterFour() {
        SurveyWindow window = SurveyWindow.earlyFeedback(TODAY);

        assertThat(window.opens()).isEqualTo(TODAY.plusWeeks(2));
        assertThat(window.due()).isEqualTo(TODAY.plusWeeks(4));
        assertThat(window.hasOpened(TODAY.plusDays(13))).isFalse();
        assertThat(window.hasOpened(TODAY.plusDays(14))).isTrue();
        assertThat(window.isOverdue(TODAY.plusDays(28))).isFalse();
        assertThat(window.isOverdue(TODAY.plusDays(29))).isTrue();
    }

    @Test
    void earlyFeedbackNeedsAStartedPairingTwoWeeksOld() {
        Pairing notStarted = TestData.pairing(program, user("m"), PairingStatus.ACCEPTED, user("e"));
        Pairing started = new Pairing(notStarted.id(), program.id(), user("m"), notStarted.mentees(), PairingStatus.ACTIVE,
                null, null, TODAY, TODAY.plusMonths(6), null, NOW);

        assertThat(FeedbackKind.EARLY.isOpenFor(notStarted, TODAY.plusDays(20))).isFalse();
        assertThat(FeedbackKind.EARLY.isOpenFor(started, TODAY.plusDays(13))).isFalse();
        assertThat(FeedbackKind.EARLY.isOpenFor(started, TODAY.plusDays(14))).isTrue();
    }

    @Test
    void finalFeedbackWaitsForTheEnd() {
        Pairing active = TestData.pairing(program, user("m"), PairingStatus.ACTIVE, user("e"));

        assertThat(FeedbackKind.FINAL.isOpenFor(active, TODAY)).isFalse();
        assertThat(FeedbackKind.FINAL.isOpenFor(active.completed(TODAY), TODAY)).isTrue();
        assertThat(FeedbackKind.FINAL.isOpenFor(active.endedEarly(TODAY), TODAY)).isTrue();
    }
}
