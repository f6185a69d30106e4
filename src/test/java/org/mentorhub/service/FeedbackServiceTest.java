package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.Failures.messageKey;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.Feedback;
import org.mentorhub.domain.FeedbackKind;
import org.mentorhub.domain.ForbiddenException;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.RatingQuestion;
import org.mentorhub.domain.UserKey;

class FeedbackServiceTest {
    private final World world = new World();
    private final Program program = world.matchingProgram();
    private final Pairing pairing = world.activePairing(program);

    @Test
    void earlyFeedbackOpensTwoWeeksIntoThePairingAndIsGivenOnce() {
        assertThat(messageKey(ConflictException.class, () -> submit(world.mentee, FeedbackKind.EARLY))).isEqualTo("mentorhub.feedback.notOpen");

        world.clock.advance(Duration.ofDays(14));
        Feedback answer = submit(world.mentee, FeedbackKind.EARLY);

        assertThat(world.stores.feedback().listByPairing(pairing.id())).containsExactly(answer);
        assertThat(messageKey(ConflictException.class, () -> submit(world.mentee, FeedbackKind.EARLY))).isEqualTo("mentorhub.feedback.alreadySubmitted");
        assertThat(submit(world.mentor, FeedbackKind.EARLY).respondent()).isEqualTo(world.mentor);
    }

    @Test
    void finalFeedbackFollowsTheEnd() {
        assertThat(messageKey(ConflictException.class, () -> submit(world.mentor, FeedbackKind.FINAL))).isEqualTo("mentorhub.feedback.notOpen");

        world.as(world.mentor, () -> world.pairings.complete(pairing.id()));

        assertThat(submit(world.mentor, FeedbackKind.FINAL).kind()).isEqualTo(FeedbackKind.FINAL);
    }

    @Test
    void onlyPairMembersAnswer() {
        world.clock.advance(Duration.ofDays(20));

        assertThat(messageKey(ForbiddenException.class, () -> submit(world.manager, FeedbackKind.EARLY))).isEqualTo("mentorhub.auth.forbidden");
    }

    private Feedback submit(UserKey respondent, FeedbackKind kind) {
        FeedbackForm form = new FeedbackForm(kind, Map.of(RatingQuestion.RELATIONSHIP, 4), 9, 2, 4, "Good start");
        return world.as(respondent, () -> world.feedback.submit(pairing.id(), form));
    }
}
