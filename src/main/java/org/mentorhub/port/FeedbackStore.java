package org.mentorhub.port;

import java.time.Instant;
import java.util.List;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.Feedback;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.Program;

/** Survey answers. */
public interface FeedbackStore {

    /**
     * Stores a new answer.
     *
     * @throws ConflictException ({@code mentorhub.feedback.alreadySubmitted}) if the respondent already answered
     *                           this survey for this pairing
     */
    void insert(Feedback feedback);

    /** The pairing's answers, oldest first. */
    List<Feedback> listByPairing(Id<Pairing> pairingId);

    /**
     * The scores of the answers given in the program's pairings from {@code from} (inclusive) to {@code to}
     * (exclusive), in no particular order.
     */
    List<FeedbackScores> listScores(Id<Program> programId, Instant from, Instant to);
}
