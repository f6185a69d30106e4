package org.mentorhub.port;

/**
 * Every store port of one database, sharing its transactions: what the store contracts run against.
 * The in-memory stores provide one now; the Active Objects stores provide one on H2 and PostgreSQL.
 */
public record StoreSet(
        Transactions transactions,
        ProgramStore programs,
        ParticipantStore participants,
        NominationStore nominations,
        PairingStore pairings,
        GoalStore goals,
        SessionStore sessions,
        FeedbackStore feedback,
        TrainingStore training,
        MatchingDecisionStore matchingDecisions,
        AuditLog auditLog) {
}
