package org.mentorhub.port;

import java.util.List;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.Feedback;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Pairing;

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
}
