package org.mentorhub.service;

import java.time.Clock;
import java.time.LocalDate;
import org.mentorhub.domain.AuditAction;
import org.mentorhub.domain.AuditSubject;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.Feedback;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Pairing;
import org.mentorhub.port.FeedbackStore;
import org.mentorhub.port.PairingStore;
import org.mentorhub.port.Transactions;

/** Pair members answering the early and final surveys, once each. */
public class FeedbackService {
    private final PairingStore pairings;
    private final FeedbackStore feedback;
    private final Access access;
    private final Auditor auditor;
    private final Transactions transactions;
    private final Clock clock;

    public FeedbackService(PairingStore pairings, FeedbackStore feedback, Access access, Auditor auditor, Transactions transactions, Clock clock) {
        this.pairings = pairings;
        this.feedback = feedback;
        this.access = access;
        this.auditor = auditor;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Feedback submit(Id<Pairing> pairingId, FeedbackForm form) {
        Actor actor = access.caller();
        FieldErrors.builder().required("kind", form.kind()).throwIfAny();
        return transactions.call(() -> {
            Pairing pairing = pairings.get(pairingId);
            actor.requirePairMember(pairing);
            if (!form.kind().isOpenFor(pairing, LocalDate.now(clock))) {
                throw new ConflictException("mentorhub.feedback.notOpen", form.kind());
            }
            boolean answered = feedback.listByPairing(pairingId).stream()
                    .anyMatch(f -> f.respondent().equals(actor.user()) && f.kind() == form.kind());
            if (answered) {
                throw new ConflictException("mentorhub.feedback.alreadySubmitted", form.kind());
            }
            Feedback answer = new Feedback(Id.random(), pairingId, pairing.programId(), actor.user(), form.kind(), form.ratings(),
                    form.recommendScore(), form.confidenceBefore(), form.confidenceAfter(), form.comment(), clock.instant());
            feedback.insert(answer);
            auditor.record(actor, AuditAction.FEEDBACK_SUBMITTED, pairing.programId(), AuditSubject.Type.FEEDBACK, answer.id(), form.kind().name());
            return answer;
        });
    }
}
