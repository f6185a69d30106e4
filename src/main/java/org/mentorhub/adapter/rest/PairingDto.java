package org.mentorhub.adapter.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mentorhub.domain.Agreement;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.PairingSummary;

/**
 * A pairing in responses; people as user keys. {@code goals}/{@code goalsDone} are only filled in the program
 * overview and the caller's own pairings, {@code agreement} once someone set its terms.
 */
public record PairingDto(
        String id,
        String programId,
        String mentor,
        List<String> mentees,
        PairingStatus status,
        AgreementDto agreement,
        LocalDate startDate,
        LocalDate endDate,
        Instant createdAt,
        Integer goals,
        Integer goalsDone,
        String jiraIssueKey) {

    /** @param menteesAcceptedAt acceptance time per mentee user key */
    public record AgreementDto(boolean confidential, Period meetingCadence, Period duration, String expectations,
                               Instant mentorAcceptedAt, Map<String, Instant> menteesAcceptedAt) {
    }

    public static PairingDto from(Pairing pairing) {
        return of(pairing, null, null);
    }

    public static PairingDto from(PairingSummary summary) {
        return from(summary.pairing(), summary.goals(), summary.goalsDone());
    }

    public static PairingDto from(Pairing pairing, int goals, int goalsDone) {
        return of(pairing, goals, goalsDone);
    }

    private static PairingDto of(Pairing pairing, Integer goals, Integer goalsDone) {
        return new PairingDto(pairing.id().toString(), pairing.programId().toString(), pairing.mentor().value(),
                pairing.mentees().stream().map(UserKey::value).toList(), pairing.status(),
                pairing.agreement() == null ? null : agreement(pairing.agreement()),
                pairing.startDate(), pairing.endDate(), pairing.createdAt(), goals, goalsDone,
                pairing.jiraIssueKey() == null ? null : pairing.jiraIssueKey().value());
    }

    private static AgreementDto agreement(Agreement agreement) {
        Map<String, Instant> mentees = new TreeMap<>();
        agreement.menteesAcceptedAt().forEach((mentee, at) -> mentees.put(mentee.value(), at));
        return new AgreementDto(agreement.terms().confidential(), agreement.terms().meetingCadence(),
                agreement.terms().duration(), agreement.terms().expectations(), agreement.mentorAcceptedAt(), mentees);
    }
}
