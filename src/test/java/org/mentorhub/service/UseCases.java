package org.mentorhub.service;

import java.time.Clock;
import org.mentorhub.port.Locks;
import org.mentorhub.port.StoreSet;
import org.mentorhub.port.Users;

/** Every use case wired to one set of stores, as the composition root wires them: for tests that drive the core. */
public record UseCases(
        ProgramService programs,
        EnrollmentService enrollment,
        NominationService nominations,
        PairingService pairings,
        PairIssueService pairIssues,
        ProgressService progress,
        SessionService sessions,
        FeedbackService feedback,
        TrainingService training,
        ReportService reports,
        MatchingService matching) {

    public static UseCases wire(StoreSet stores, Users users, Clock clock, Locks locks) {
        Access access = new Access(users);
        Auditor auditor = new Auditor(stores.auditLog(), clock);
        ParticipantEnroller enroller = new ParticipantEnroller(stores.participants(), users, auditor, clock);
        return new UseCases(
                new ProgramService(stores.programs(), stores.participants(), stores.nominations(), stores.pairings(), stores.auditLog(),
                        access, auditor, stores.transactions(), locks, clock),
                new EnrollmentService(stores.programs(), stores.participants(), stores.pairings(), enroller, access, auditor,
                        stores.transactions(), locks, clock),
                new NominationService(stores.programs(), stores.participants(), stores.nominations(), enroller, users, access,
                        auditor, stores.transactions(), clock),
                new PairingService(stores.programs(), stores.participants(), stores.pairings(), stores.training(),
                        stores.matchingDecisions(), access, auditor,
                        stores.transactions(), locks, clock),
                new PairIssueService(stores.programs(), stores.pairings(), stores.goals(), stores.sessions(), users, access,
                        stores.transactions(), clock),
                new ProgressService(stores.programs(), stores.pairings(), stores.goals(), stores.sessions(), access, auditor,
                        stores.transactions(), locks, clock),
                new SessionService(stores.programs(), stores.pairings(), stores.goals(), stores.sessions(), access, auditor,
                        stores.transactions(), locks, clock),
                new FeedbackService(stores.pairings(), stores.feedback(), access, auditor, stores.transactions(), clock),
                new TrainingService(stores.programs(), stores.participants(), stores.training(), access, auditor, stores.transactions(), clock),
                new ReportService(stores.programs(), stores.participants(), stores.pairings(), stores.goals(), stores.sessions(),
                        stores.feedback(), users, access, stores.transactions(), clock),
                new MatchingService(stores.programs(), stores.participants(), stores.pairings(), stores.training(),
                        stores.matchingDecisions(), access, auditor, stores.transactions(), locks, clock));
    }
}
