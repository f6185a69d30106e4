package org.mentorhub.service.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.Feedback;
import org.mentorhub.domain.FeedbackKind;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.FeedbackScores;
import org.mentorhub.port.FeedbackStore;

/** Keyed by pairing, respondent and survey, which is what allows one answer each. */
final class InMemoryFeedbackStore implements FeedbackStore {
    private final InMemoryTable<Answer, Feedback> feedback;

    InMemoryFeedbackStore(InMemoryTransactions transactions) {
        feedback = new InMemoryTable<>(transactions);
    }

    @Override
    public void insert(Feedback answer) {
        feedback.insert(new Answer(answer.pairingId(), answer.respondent(), answer.kind()), answer,
                () -> new ConflictException("mentorhub.feedback.alreadySubmitted", answer.kind()));
    }

    @Override
    public List<Feedback> listByPairing(Id<Pairing> pairingId) {
        return feedback.rows()
                .filter(f -> f.pairingId().equals(pairingId))
                .sorted(Comparator.comparing(Feedback::submittedAt))
                .toList();
    }

    @Override
    public List<FeedbackScores> listScores(Id<Program> programId, Instant from, Instant to) {
        return feedback.rows()
                .filter(f -> f.programId().equals(programId) && !f.submittedAt().isBefore(from) && f.submittedAt().isBefore(to))
                .map(FeedbackScores::of)
                .toList();
    }

    private record Answer(Id<Pairing> pairingId, UserKey respondent, FeedbackKind kind) {
    }
}
