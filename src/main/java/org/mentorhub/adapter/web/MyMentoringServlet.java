package org.mentorhub.adapter.web;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.mentorhub.domain.ActionPlan;
import org.mentorhub.domain.Agreement;
import org.mentorhub.domain.AgreementTerms;
import org.mentorhub.domain.Attendance;
import org.mentorhub.domain.FeedbackKind;
import org.mentorhub.domain.FieldError;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.IssueKey;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Profile;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgressStatus;
import org.mentorhub.domain.RatingQuestion;
import org.mentorhub.domain.Skill;
import org.mentorhub.domain.UserKey;
import org.mentorhub.domain.ValidationException;
import org.mentorhub.port.ProgressCount;
import org.mentorhub.service.FeedbackForm;
import org.mentorhub.service.MyPairing;
import org.mentorhub.service.SessionForm;
import org.mentorhub.service.SessionView;

/**
 * {@code /plugins/servlet/mentorhub/mine}: the user's pairings, the mentor's inbox of requests and proposals to accept or
 * decline, and their programs. {@code /mine/<pairingId>}: one pairing — the agreement handshake, the action plan
 * (goals, milestones, progress), check-ins with shared and the reader's own private notes, and the surveys when due.
 */
public class MyMentoringServlet extends PageServlet {
    static final String LIST_TEMPLATE = "templates/people/mine.vm";
    static final String PAIRING_TEMPLATE = "templates/people/pairing.vm";
    private static final String JIRA_ISSUE = "jiraIssueKey";

    @Inject
    public MyMentoringServlet(WebPages pages) {
        super(pages);
    }

    @Override
    protected void show(PageCall call, FormState form) throws IOException {
        List<String> path = pairingPath(call);
        if (path.isEmpty()) {
            showList(call, form);
        } else {
            showPairing(call, form, Id.parse(path.get(0)));
        }
    }

    /** The path below {@code /mine}: nothing (the list) or one pairing id; anything deeper is no page. */
    private static List<String> pairingPath(PageCall call) {
        List<String> path = call.pathSegments();
        if (path.size() > 1) {
            throw new NotFoundException("mentorhub.id.malformed", String.join("/", path));
        }
        return path;
    }

    @Override
    protected Redirect submit(PageCall call) {
        List<String> path = pairingPath(call);
        Id<Pairing> id = Id.parse(path.isEmpty() ? call.param("pairing") : path.get(0));
        String back = path.isEmpty() ? "/mine" : "/mine/" + id;
        String done = switch (call.param("action")) {
            case "accept" -> run(() -> pages.core().pairings().accept(id), "people.accepted");
            case "decline" -> run(() -> pages.core().pairings().decline(id), "people.declined");
            case "setAgreement" -> run(() -> pages.core().pairings().setAgreement(id, terms(call)), "people.agreementSet");
            case "acceptAgreement" -> run(() -> pages.core().pairings().acceptAgreement(id), "people.agreementAccepted");
            case "addGoal" -> run(() -> pages.core().progress().addGoal(id, call.param("title"), optional(call, "description"),
                date(call, "dueDate", "dueDate")), "people.goalAdded");
            case "addMilestone" -> addMilestone(call);
            case "completeMilestone" -> run(() -> pages.core().progress().completeMilestone(Id.parse(call.param("milestone"))),
                "people.milestoneCompleted");
            case "completeGoal" -> run(() -> pages.core().progress().completeGoal(Id.parse(call.param("goal"))), "people.goalCompleted");
            case "logSession" -> run(() -> pages.core().sessions().log(id, session(call, pages.core().pairings().view(id), zone(call, id))),
                "people.sessionLogged");
            case "feedback" -> run(() -> pages.core().feedback().submit(id, feedback(call)), "people.feedbackSent");
            case "linkIssue" -> run(() -> pages.core().pairings().linkIssue(id, IssueKey.typed(call.param(JIRA_ISSUE))), "people.issueLinked");
            case "unlinkIssue" -> run(() -> pages.core().pairings().linkIssue(id, null), "people.issueUnlinked");
            default -> null;
        };
        return done == null ? null : new Redirect(back, done);
    }

    private void showList(PageCall call, FormState form) throws IOException {
        Participations people = new Participations(pages, call);
        List<MyPairing> mine = pages.core().pairings().mine();
        List<InboxEntry> inbox = mine.stream()
            .filter(p -> p.role() == ParticipantRole.MENTOR && p.pairing().status().isPending())
            .map(p -> new InboxEntry(row(p), p.pairing().mentees().stream()
                .map(mentee -> summary(p.pairing().programId(), mentee, ParticipantRole.MENTEE)).flatMap(Optional::stream).toList()))
            .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("inbox", inbox);
        model.put("pairings", mine.stream().filter(p -> !(p.role() == ParticipantRole.MENTOR && p.pairing().status().isPending()))
            .map(this::row).toList());
        model.put("programs", people.all().stream()
            .map(joined -> new ProgramRow(joined.program().id().toString(), joined.program().settings().name(),
                joined.participant().filter(Participant::isActive).map(p -> p.roles().stream().sorted().map(Enum::name).toList())
                    .orElse(List.of()),
                joined.enrolling()))
            .filter(program -> !program.roles().isEmpty() || program.enrolling())
            .toList());
        call.render(LIST_TEMPLATE, model);
    }

    private void showPairing(PageCall call, FormState form, Id<Pairing> id) throws IOException {
        Pairing pairing = pages.core().pairings().view(id);
        Program program = pages.core().programs().get(pairing.programId());
        UserKey me = new Participations(pages, call).me();
        boolean member = pairing.hasMember(me);
        Agreement agreement = pairing.agreement();
        ActionPlan plan = pages.core().progress().actionPlan(id);
        LocalDate today = LocalDate.now();
        Map<String, Object> model = new HashMap<>();
        model.put("form", form.hasErrors() ? form : FormState.of(agreementDefaults(pairing, program), form.done()));
        model.put("pairingId", id.toString());
        model.put("programName", program.settings().name());
        model.put("status", pairing.status().name());
        model.put("myRole", pairing.isMentor(me) ? ParticipantRole.MENTOR.name() : member ? ParticipantRole.MENTEE.name() : "");
        model.put("startDate", pairing.startDate() == null ? "" : pairing.startDate().toString());
        model.put("endDate", pairing.endDate() == null ? "" : pairing.endDate().toString());
        model.put("members", pairing.members().stream().map(user -> member(pairing, user)).toList());
        model.put("profiles", pairing.members().stream().filter(user -> !user.equals(me))
            .map(user -> summary(pairing.programId(), user, pairing.isMentor(user) ? ParticipantRole.MENTOR : ParticipantRole.MENTEE))
            .flatMap(Optional::stream).toList());
        model.put("issueKey", pairing.jiraIssueKey() == null ? "" : pairing.jiraIssueKey().value());
        model.put("canLinkIssue", pairing.status().isPair() && pages.manages(me, program));
        model.put("pending", member && pairing.status().isPending());
        model.put("answerable", pairing.isMentor(me) && pairing.status().isPending());
        model.put("hasAgreement", agreement != null);
        if (agreement != null) {
            model.put("confidential", agreement.terms().confidential());
            model.put("cadence", pages.period(agreement.terms().meetingCadence()));
            model.put("duration", pages.period(agreement.terms().duration()));
            model.put("expectations", agreement.terms().expectations());
        }
        boolean negotiating = member && pairing.status() == PairingStatus.ACCEPTED;
        model.put("canSetAgreement", negotiating);
        model.put("canAcceptAgreement", negotiating && agreement != null && !pairing.hasAccepted(me));
        model.put("planLive", member && pairing.status().holdsCapacity());
        List<GoalView> goals = plan.goals().stream().map(goal -> goal(plan, goal, today)).toList();
        model.put("goals", goals);
        model.put("goalsDone", goals.stream().filter(GoalView::done).count());
        model.put("goalsPercent", percent(goals.stream().filter(GoalView::done).count(), goals.size()));
        ZoneId zone = pages.zoneOf(me, pairing.programId());
        model.put("timeZone", zone.getId());
        model.put("sessions", pages.core().sessions().list(id).stream().map(view -> session(view, zone)).toList());
        model.put("canLogSession", member && pairing.status() == PairingStatus.ACTIVE);
        model.put("surveys", member ? Arrays.stream(FeedbackKind.values()).filter(kind -> kind.isOpenFor(pairing, today)).map(Enum::name)
            .toList() : List.of());
        model.put("ratingQuestions", Arrays.stream(RatingQuestion.values()).map(Enum::name).toList());
        call.render(PAIRING_TEMPLATE, model);
    }

    private PairingRow row(MyPairing mine) {
        Pairing pairing = mine.pairing();
        return new PairingRow(pairing.id().toString(), mine.programName(), mine.role().name(), names(mine.counterparts()),
            pairing.status().name(), mine.goals(), mine.goalsDone(), percent(mine.goalsDone(), mine.goals()));
    }

    private MemberView member(Pairing pairing, UserKey user) {
        return new MemberView(user.value(), pages.displayName(user),
            (pairing.isMentor(user) ? ParticipantRole.MENTOR : ParticipantRole.MENTEE).name(), pairing.hasAccepted(user));
    }

    /** Another participant's profile as a pair member sees it; empty if they are no longer a participant. */
    private Optional<ProfileSummary> summary(Id<Program> programId, UserKey user, ParticipantRole role) {
        Participant participant;
        try {
            participant = pages.core().enrollment().view(programId, user);
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
        Profile profile = participant.profile();
        String skills = profile.skills().stream()
            .map(skill -> pages.text("mentorhub.people.skillWithLevel", List.of(skill.name(), skillLevel(skill))))
            .collect(Collectors.joining(", "));
        return Optional.of(new ProfileSummary(pages.displayName(user), role.name(), skills, String.join(", ", profile.goals().tags()),
            text(profile.goals().text()), text(profile.interests().text()),
            pages.text("mentorhub.people.careerLevel." + profile.careerLevel()), text(profile.location())));
    }

    private String skillLevel(Skill skill) {
        return pages.text("mentorhub.people.skillLevel." + skill.level());
    }

    private GoalView goal(ActionPlan plan, Goal goal, LocalDate today) {
        List<Milestone> milestones = plan.milestonesOf(goal.id());
        long milestonesDone = milestones.stream().filter(m -> m.status() == ProgressStatus.DONE).count();
        boolean done = goal.status() == ProgressStatus.DONE;
        return new GoalView(goal.id().toString(), goal.title(), text(goal.description()), date(goal.dueDate()), done,
            milestones.stream().map(m -> new GoalView.MilestoneView(m.id().toString(), m.title(), date(m.dueDate()),
                m.status() == ProgressStatus.DONE,
                m.status() == ProgressStatus.OPEN && m.dueDate() != null && m.dueDate().isBefore(today))).toList(),
            (int) milestonesDone, done && milestones.isEmpty() ? 100 : percent(milestonesDone, milestones.size()),
            !done && milestonesDone == milestones.size());
    }

    private ZoneId zone(PageCall call, Id<Pairing> pairingId) {
        return pages.zoneOf(new Participations(pages, call).me(), pages.core().pairings().view(pairingId).programId());
    }

    private SessionRow session(SessionView view, ZoneId zone) {
        var session = view.session();
        String attended = session.attendance().entrySet().stream().filter(e -> e.getValue() == Attendance.ATTENDED)
            .map(e -> pages.displayName(e.getKey())).sorted().collect(Collectors.joining(", "));
        return new SessionRow(WebPages.time(session.startsAt(), zone),
            session.length() == null ? 0 : session.length().toMinutes(), text(session.agenda()), text(session.sharedNotes()), attended,
            text(view.privateNote()));
    }

    /** The agreement form's starting values: the current terms, else the program's cadence and duration. */
    private static Map<String, List<String>> agreementDefaults(Pairing pairing, Program program) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (pairing.jiraIssueKey() != null) {
            values.put(JIRA_ISSUE, List.of(pairing.jiraIssueKey().value()));
        }
        Agreement agreement = pairing.agreement();
        Period cadence = agreement == null ? program.settings().checkInCadence() : agreement.terms().meetingCadence();
        Period duration = agreement == null ? program.settings().duration() : agreement.terms().duration();
        if (cadence.toTotalMonths() == 0) {
            values.put("meetingCadence", List.of(String.valueOf(cadence.getDays())));
        }
        if (duration.getDays() == 0) {
            values.put("duration", List.of(String.valueOf(duration.toTotalMonths())));
        }
        if (agreement != null) {
            values.put("expectations", List.of(agreement.terms().expectations()));
            if (agreement.terms().confidential()) {
                values.put("confidential", List.of("true"));
            }
        } else {
            values.put("confidential", List.of("true"));
        }
        return values;
    }

    private static AgreementTerms terms(PageCall call) {
        Integer cadence = number(call, "meetingCadence");
        Integer months = number(call, "duration");
        return new AgreementTerms(call.param("confidential").equals("true"), cadence == null ? null : Period.ofDays(cadence),
            months == null ? null : Period.ofMonths(months), call.param("expectations"));
    }

    /** A milestone of one of the goals; its fields are named after the goal, as each goal has its own form. */
    private String addMilestone(PageCall call) {
        String goal = call.param("goal");
        String prefix = "milestone." + goal + ".";
        return renamed(prefix, () -> run(() -> pages.core().progress().addMilestone(Id.parse(goal), call.param(prefix + "title"),
            date(call, prefix + "dueDate", "dueDate")), "people.milestoneAdded"));
    }

    private static SessionForm session(PageCall call, Pairing pairing, ZoneId zone) {
        Instant startsAt = dateTime(call, "startsAt", zone);
        Integer minutes = number(call, "length");
        List<String> attended = call.params("attended");
        Map<UserKey, Attendance> attendance = pairing.members().stream().collect(Collectors.toMap(Function.identity(),
            member -> attended.contains(member.value()) ? Attendance.ATTENDED : Attendance.ABSENT));
        return new SessionForm(startsAt, minutes == null ? null : Duration.ofMinutes(minutes), optional(call, "agenda"),
            optional(call, "sharedNotes"), optional(call, "privateNote"), attendance);
    }

    private static FeedbackForm feedback(PageCall call) {
        FeedbackKind kind = parsed(call, "kind", "kind", FeedbackKind::valueOf);
        Map<RatingQuestion, Integer> ratings = new EnumMap<>(RatingQuestion.class);
        for (RatingQuestion question : RatingQuestion.values()) {
            Integer rating = number(call, "ratings." + question);
            if (rating != null) {
                ratings.put(question, rating);
            }
        }
        Integer recommend = number(call, "recommendScore");
        FieldErrors.builder().required("recommendScore", recommend).throwIfAny();
        return new FeedbackForm(kind, ratings, recommend, number(call, "confidenceBefore"), number(call, "confidenceAfter"),
            optional(call, "comment"));
    }

    private static String run(Runnable action, String done) {
        action.run();
        return done;
    }

    /** Runs {@code action}, reporting its field errors under {@code prefix} + the core's field name. */
    private static String renamed(String prefix, Supplier<String> action) {
        try {
            return action.get();
        } catch (ValidationException invalid) {
            FieldErrors.Builder errors = FieldErrors.builder();
            for (FieldError error : invalid.errors().all()) {
                errors.add(prefix + error.field(), error.messageKey(), error.messageArgs().toArray());
            }
            errors.throwIfAny();
            throw invalid;
        }
    }

    private static Integer number(PageCall call, String field) {
        return parsed(call, field, field, Integer::valueOf);
    }

    private static LocalDate date(PageCall call, String name, String field) {
        return parsed(call, name, field, LocalDate::parse);
    }

    /** A {@code datetime-local} value, in {@code zone} (a time a clock change skips is read as the hour after). */
    private static Instant dateTime(PageCall call, String field, ZoneId zone) {
        return parsed(call, field, field, value -> LocalDateTime.parse(value).atZone(zone).toInstant());
    }

    /** The parsed value of parameter {@code name}, null when empty; a format error at {@code field} when unreadable. */
    private static <T> T parsed(PageCall call, String name, String field, Function<String, T> parser) {
        String value = call.param(name);
        T result = null;
        if (!value.isEmpty()) {
            try {
                result = parser.apply(value);
            } catch (IllegalArgumentException | DateTimeException malformed) {
                // reported as the field's error below
            }
        }
        FieldErrors.builder().check(value.isEmpty() || result != null, field, "mentorhub.validation.format").throwIfAny();
        return result;
    }

    private static String optional(PageCall call, String field) {
        String value = call.param(field);
        return value.isEmpty() ? null : value;
    }

    private String names(List<UserKey> users) {
        return users.stream().map(pages::displayName).collect(Collectors.joining(", "));
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static int percent(long part, long whole) {
        return new ProgressCount((int) whole, (int) part).percent();
    }
}
