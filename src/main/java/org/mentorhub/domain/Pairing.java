package org.mentorhub.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One mentor with one mentee (or, in group programs, several) in a program.
 *
 * @param matchScore   the matcher's view of the fit; {@code null} when nobody scored the pairing
 * @param agreement    the handshake; {@code null} until someone sets its terms
 * @param startDate    set when the pairing becomes active
 * @param endDate      planned end while active, actual end once finished
 * @param jiraIssueKey the "Mentorship" issue, once created
 */
public record Pairing(
        Id<Pairing> id,
        Id<Program> programId,
        UserKey mentor,
        List<UserKey> mentees,
        PairingStatus status,
        MatchScore matchScore,
        Agreement agreement,
        LocalDate startDate,
        LocalDate endDate,
        IssueKey jiraIssueKey,
        Instant createdAt) {

    public Pairing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        mentees = Copies.list(mentees);
        FieldErrors.builder()
                .required("mentor", mentor)
                .check(!mentees.isEmpty(), "mentees", "mentorhub.validation.required")
                .check(mentees.stream().distinct().count() == mentees.size(), "mentees", "mentorhub.pairing.duplicateMentee")
                .check(mentor == null || !mentees.contains(mentor), "mentees", "mentorhub.pairing.self")
                .check(startDate == null || endDate == null || !endDate.isBefore(startDate), "endDate", "mentorhub.validation.endBeforeStart")
                .throwIfAny();
    }

    /** A program manager's (or the matcher's) proposal, waiting for the mentor. */
    public static Pairing proposed(Id<Program> programId, UserKey mentor, List<UserKey> mentees, MatchScore score, Instant at) {
        return new Pairing(Id.random(), programId, mentor, mentees, PairingStatus.PROPOSED, score, null, null, null, null, at);
    }

    /** A mentee asking a mentor of their choice, waiting for the mentor. */
    public static Pairing requested(Id<Program> programId, UserKey mentor, UserKey mentee, Instant at) {
        return new Pairing(Id.random(), programId, mentor, List.of(mentee), PairingStatus.REQUESTED, null, null, null, null, null, at);
    }

    public boolean isMentor(UserKey user) {
        return mentor.equals(user);
    }

    public boolean isMentee(UserKey user) {
        return mentees.contains(user);
    }

    public boolean hasMember(UserKey user) {
        return isMentor(user) || isMentee(user);
    }

    /** Whether {@code member} accepted the current agreement; nobody has while there is none. */
    public boolean hasAccepted(UserKey member) {
        return agreement != null && (isMentor(member) ? agreement.mentorAcceptedAt() != null : agreement.menteesAcceptedAt().containsKey(member));
    }

    /** Mentor first, then the mentees. */
    public List<UserKey> members() {
        List<UserKey> members = new ArrayList<>(mentees.size() + 1);
        members.add(mentor);
        members.addAll(mentees);
        return members;
    }

    /** How often the pair means to meet: what they agreed, else what the program expects. */
    public Period checkInCadence(Period programCadence) {
        return checkInCadence(agreement == null ? null : agreement.terms().meetingCadence(), programCadence);
    }

    /** A pairing's check-in cadence from its agreed cadence alone ({@code null} without an agreement). */
    public static Period checkInCadence(Period agreedCadence, Period programCadence) {
        return agreedCadence == null ? programCadence : agreedCadence;
    }

    public Pairing withStatus(PairingStatus next) {
        return new Pairing(id, programId, mentor, mentees, status.moveTo(next), matchScore, agreement, startDate, endDate, jiraIssueKey, createdAt);
    }

    /** The same pairing, mirrored by {@code issueKey} in Jira. */
    public Pairing withJiraIssueKey(IssueKey issueKey) {
        return new Pairing(id, programId, mentor, mentees, status, matchScore, agreement, startDate, endDate, issueKey, createdAt);
    }

    /** The same pairing as the matcher sees it now. */
    public Pairing withMatchScore(MatchScore score) {
        return new Pairing(id, programId, mentor, mentees, status, score, agreement, startDate, endDate, jiraIssueKey, createdAt);
    }

    /** Sets (or renegotiates) the terms before the pairing starts; earlier acceptances no longer count. */
    public Pairing withAgreementTerms(AgreementTerms terms) {
        requireStatus(PairingStatus.ACCEPTED);
        return withAgreement(Agreement.unaccepted(terms));
    }

    /**
     * Records {@code member}'s acceptance of the agreement; the last acceptance starts the pairing today,
     * planned to run for the agreed duration.
     */
    public Pairing agreementAcceptedBy(UserKey member, Clock clock) {
        requireStatus(PairingStatus.ACCEPTED);
        if (agreement == null) {
            throw new ConflictException("mentorhub.agreement.missing");
        }
        Instant now = clock.instant();
        Agreement accepted = isMentor(member) ? agreement.acceptedByMentor(now) : agreement.acceptedByMentee(member, now);
        Pairing updated = withAgreement(accepted);
        if (!accepted.isAcceptedByAll(mentees)) {
            return updated;
        }
        LocalDate today = LocalDate.now(clock);
        return new Pairing(id, programId, mentor, mentees, status.moveTo(PairingStatus.ACTIVE), matchScore, accepted,
                today, today.plus(accepted.terms().duration()), jiraIssueKey, createdAt);
    }

    public Pairing completed(LocalDate today) {
        return ended(PairingStatus.COMPLETED, today);
    }

    public Pairing endedEarly(LocalDate today) {
        return ended(PairingStatus.ENDED_EARLY, today);
    }

    /**
     * The pairing's state once its program closes: unanswered ones are declined, accepted-but-not-started
     * ones ended early, running ones completed; finished ones stay as they are.
     */
    public Pairing closedWithProgram(LocalDate today) {
        return switch (status) {
            case PROPOSED, REQUESTED -> withStatus(PairingStatus.DECLINED);
            case ACCEPTED -> endedEarly(today);
            case ACTIVE -> completed(today);
            case DECLINED, COMPLETED, ENDED_EARLY -> this;
        };
    }

    public void requireStatus(PairingStatus expected) {
        if (status != expected) {
            throw new ConflictException("mentorhub.pairing.wrongStatus", status, expected);
        }
    }

    /** A pairing that never started has no end date either. */
    private Pairing ended(PairingStatus outcome, LocalDate today) {
        LocalDate end = startDate == null ? null : today;
        return new Pairing(id, programId, mentor, mentees, status.moveTo(outcome), matchScore, agreement, startDate, end, jiraIssueKey, createdAt);
    }

    private Pairing withAgreement(Agreement changed) {
        return new Pairing(id, programId, mentor, mentees, status, matchScore, changed, startDate, endDate, jiraIssueKey, createdAt);
    }
}
