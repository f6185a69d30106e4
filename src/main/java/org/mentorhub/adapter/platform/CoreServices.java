package org.mentorhub.adapter.platform;

import java.time.Clock;
import javax.inject.Inject;
import javax.inject.Named;
import org.mentorhub.port.AuditLog;
import org.mentorhub.port.DatabaseProbe;
import org.mentorhub.port.FeedbackStore;
import org.mentorhub.port.GoalStore;
import org.mentorhub.port.Locks;
import org.mentorhub.port.MatchingDecisionStore;
import org.mentorhub.port.NominationStore;
import org.mentorhub.port.PairingStore;
import org.mentorhub.port.ParticipantStore;
import org.mentorhub.port.ProgramStore;
import org.mentorhub.port.SessionStore;
import org.mentorhub.port.Transactions;
import org.mentorhub.port.TrainingStore;
import org.mentorhub.port.Users;
import org.mentorhub.service.Access;
import org.mentorhub.service.Auditor;
import org.mentorhub.service.EnrollmentService;
import org.mentorhub.service.FeedbackService;
import org.mentorhub.service.HealthService;
import org.mentorhub.service.MatchingService;
import org.mentorhub.service.NominationService;
import org.mentorhub.service.PairIssueService;
import org.mentorhub.service.PairingService;
import org.mentorhub.service.ParticipantEnroller;
import org.mentorhub.service.ProgramService;
import org.mentorhub.service.ProgressService;
import org.mentorhub.service.ReportService;
import org.mentorhub.service.SessionService;
import org.mentorhub.service.TrainingService;

/**
 * The composition root: builds the plain-Java core from the adapters that implement its ports, so the core
 * itself carries no injection annotations. Adapters (REST, pages, Jira listeners) depend on this class and call
 * the use cases through its getters. Every port has exactly one adapter component, so the parameters are wired by
 * type; the core reads the time from the system clock in UTC.
 */
@Named
public class CoreServices {
    private final HealthService health;
    private final ProgramService programs;
    private final EnrollmentService enrollment;
    private final NominationService nominations;
    private final PairingService pairings;
    private final PairIssueService pairIssues;
    private final ProgressService progress;
    private final SessionService sessions;
    private final FeedbackService feedback;
    private final TrainingService training;
    private final ReportService reports;
    private final MatchingService matching;

    @Inject
    public CoreServices(DatabaseProbe databaseProbe, BuildInfo buildInfo, ProgramStore programStore, ParticipantStore participantStore,
                        NominationStore nominationStore, PairingStore pairingStore, GoalStore goalStore, SessionStore sessionStore,
                        FeedbackStore feedbackStore, TrainingStore trainingStore, MatchingDecisionStore decisionStore, AuditLog auditLog,
                        Transactions transactions, Locks locks, Users users) {
        Clock clock = Clock.systemUTC();
        Access access = new Access(users);
        Auditor auditor = new Auditor(auditLog, clock);
        ParticipantEnroller enroller = new ParticipantEnroller(participantStore, users, auditor, clock);
        this.health = new HealthService(databaseProbe, buildInfo.version());
        this.programs = new ProgramService(programStore, participantStore, nominationStore, pairingStore, auditLog, access, auditor,
            transactions, locks, clock);
        this.enrollment = new EnrollmentService(programStore, participantStore, pairingStore, enroller, access, auditor, transactions,
            locks, clock);
        this.nominations = new NominationService(programStore, participantStore, nominationStore, enroller, users, access, auditor,
            transactions, clock);
        this.pairings = new PairingService(programStore, participantStore, pairingStore, trainingStore, decisionStore, access, auditor,
            transactions, locks, clock);
        this.pairIssues = new PairIssueService(programStore, pairingStore, goalStore, sessionStore, users, access, transactions, clock);
        this.progress = new ProgressService(programStore, pairingStore, goalStore, sessionStore, access, auditor, transactions,
            locks, clock);
        this.sessions = new SessionService(programStore, pairingStore, goalStore, sessionStore, access, auditor, transactions,
            locks, clock);
        this.feedback = new FeedbackService(pairingStore, feedbackStore, access, auditor, transactions, clock);
        this.training = new TrainingService(programStore, participantStore, trainingStore, access, auditor, transactions, clock);
        this.reports = new ReportService(programStore, participantStore, pairingStore, goalStore, sessionStore, feedbackStore, users,
            access, transactions, clock);
        this.matching = new MatchingService(programStore, participantStore, pairingStore, trainingStore, decisionStore, access, auditor,
            transactions, locks, clock);
    }

    public HealthService health() {
        return health;
    }

    public ProgramService programs() {
        return programs;
    }

    public EnrollmentService enrollment() {
        return enrollment;
    }

    public NominationService nominations() {
        return nominations;
    }

    public PairingService pairings() {
        return pairings;
    }

    public PairIssueService pairIssues() {
        return pairIssues;
    }

    public ProgressService progress() {
        return progress;
    }

    public SessionService sessions() {
        return sessions;
    }

    public FeedbackService feedback() {
        return feedback;
    }

    public TrainingService training() {
        return training;
    }

    public ReportService reports() {
        return reports;
    }

    public MatchingService matching() {
        return matching;
    }
}
