package org.mentorhub.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A pair's agreement and who has accepted it. Changing the terms clears every acceptance, so nobody is
 * held to terms they did not see.
 *
 * @param mentorAcceptedAt  {@code null} until the mentor accepts
 * @param menteesAcceptedAt acceptance time per mentee who accepted
 */
public record Agreement(AgreementTerms terms, Instant mentorAcceptedAt, Map<UserKey, Instant> menteesAcceptedAt) {
    public Agreement {
        Objects.requireNonNull(terms, "terms");
        menteesAcceptedAt = Copies.map(menteesAcceptedAt);
    }

    public static Agreement unaccepted(AgreementTerms terms) {
        return new Agreement(terms, null, Map.of());
    }

    public Agreement acceptedByMentor(Instant at) {
        return new Agreement(terms, at, menteesAcceptedAt);
    }

    public Agreement acceptedByMentee(UserKey mentee, Instant at) {
        Map<UserKey, Instant> accepted = new HashMap<>(menteesAcceptedAt);
        accepted.put(mentee, at);
        return new Agreement(terms, mentorAcceptedAt, accepted);
    }

    public boolean isAcceptedByAll(List<UserKey> mentees) {
        return mentorAcceptedAt != null && menteesAcceptedAt.keySet().containsAll(mentees);
    }
}
