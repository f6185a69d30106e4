package org.mentorhub.adapter.web;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.mentorhub.domain.CareerLevel;
import org.mentorhub.domain.ConsentScope;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Nomination;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.ParticipantSource;
import org.mentorhub.domain.Profile;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.UserKey;
import org.mentorhub.service.EnrollmentForm;

/**
 * {@code /plugins/servlet/mentorhub/nominations}: a line manager or program manager nominates someone into a program
 * with a reason; everyone sees the nominations for them, made by them or in programs they manage; the nominee accepts
 * (consenting and giving the little the program needs to match them, on {@code <id>/accept}) or declines; the
 * nominator withdraws. The core decides who may do what.
 */
public class NominationsServlet extends PageServlet {
    static final String TEMPLATE = "templates/admin/nominations.vm";
    static final String ACCEPT_TEMPLATE = "templates/admin/nomination-accept.vm";
    /** The consent text version the accept form shows; stored with the consent. */
    static final String CONSENT_POLICY_VERSION = "web-nomination-1";
    static final String PROGRAM = "program";
    static final String NOMINEE = "nominee";
    static final String ROLE = "role";
    static final String REASON = "reason";
    static final String ROLES = "roles";
    static final String CONSENT = "consent.scopes";
    static final String CAREER_LEVEL = "careerLevel";
    static final String TIME_ZONE = "timeZone";
    static final String CAPACITY = "mentorCapacity";
    private static final String ACCEPT = "accept";

    private final transient AdminViews views;

    @Inject
    public NominationsServlet(WebPages pages) {
        super(pages);
        this.views = new AdminViews(pages);
    }

    @Override
    protected void show(PageCall call, FormState form) throws IOException {
        List<String> path = call.pathSegments();
        if (path.size() == 2 && path.get(1).equals(ACCEPT)) {
            showAccept(call, form, nomination(call, path.get(0)));
        } else if (path.isEmpty()) {
            showList(call, form);
        } else {
            throw new NotFoundException("mentorhub.id.malformed", String.join("/", path));
        }
    }

    @Override
    protected Redirect submit(PageCall call) throws IOException {
        List<String> path = call.pathSegments();
        if (path.isEmpty()) {
            nominate(call);
            return new Redirect("/nominations", "nominated");
        }
        if (path.size() != 2) {
            return null;
        }
        Id<Nomination> id = Id.parse(path.get(0));
        switch (path.get(1)) {
            case ACCEPT -> {
                Program program = pages.core().programs().get(nomination(call, path.get(0)).programId());
                pages.core().nominations().accept(id, enrollment(call));
                return new Redirect("/programs/" + program.id(), "nominationAccepted");
            }
            case "decline" -> pages.core().nominations().decline(id);
            case "withdraw" -> pages.core().nominations().withdraw(id);
            default -> {
                return null;
            }
        }
        return new Redirect("/nominations", "nomination." + path.get(1));
    }

    private void nominate(PageCall call) {
        FieldErrors.Builder errors = FieldErrors.builder();
        Optional<UserKey> nominee = pages.userByUsername(call.param(NOMINEE));
        errors.check(!call.param(PROGRAM).isEmpty(), PROGRAM, "mentorhub.validation.required")
            .check(!call.param(NOMINEE).isEmpty(), NOMINEE, "mentorhub.validation.required")
            .check(call.param(NOMINEE).isEmpty() || nominee.isPresent(), NOMINEE, ProgramSettingsForm.UNKNOWN_USERS,
                call.param(NOMINEE))
            .throwIfAny();
        ParticipantRole role = call.param(ROLE).equals(ParticipantRole.MENTEE.name()) ? ParticipantRole.MENTEE
            : ParticipantRole.MENTOR;
        pages.core().nominations().nominate(Id.parse(call.param(PROGRAM)), nominee.orElseThrow(), role, call.param(REASON));
    }

    /** The accept form as the nominee's consent and minimal profile; every problem is reported at its field. */
    private static EnrollmentForm enrollment(PageCall call) {
        FieldErrors.Builder errors = FieldErrors.builder();
        Integer capacity = null;
        try {
            capacity = Integer.valueOf(call.param(CAPACITY));
        } catch (NumberFormatException e) {
            errors.add(CAPACITY, ProgramSettingsForm.NUMBER_EXPECTED);
        }
        ZoneId zone = null;
        try {
            zone = call.param(TIME_ZONE).isEmpty() ? null : ZoneId.of(call.param(TIME_ZONE));
        } catch (DateTimeException e) {
            errors.add(TIME_ZONE, "mentorhub.validation.format");
        }
        CareerLevel level = EnumSet.allOf(CareerLevel.class).stream()
            .filter(l -> l.name().equals(call.param(CAREER_LEVEL))).findFirst().orElse(null);
        errors.check(call.params(CONSENT).contains(ConsentScope.PARTICIPATION.name()), CONSENT,
            "mentorhub.consent.participationRequired");
        errors.check(level != null, CAREER_LEVEL, "mentorhub.validation.required");
        errors.throwIfAny();
        Set<ParticipantRole> roles = call.params(ROLES).stream()
            .filter(r -> r.equals(ParticipantRole.MENTOR.name()) || r.equals(ParticipantRole.MENTEE.name()))
            .map(ParticipantRole::valueOf)
            .collect(Collectors.toSet());
        Profile profile = new Profile(List.of(), null, null, level, null, null, null, zone, Set.of(), List.of(), capacity, null);
        return new EnrollmentForm(roles, ParticipantSource.EMPLOYEE, profile, Set.of(ConsentScope.PARTICIPATION),
            CONSENT_POLICY_VERSION);
    }

    private void showList(PageCall call, FormState form) throws IOException {
        UserKey me = AdminViews.viewer(call);
        List<Program> programs = pages.core().programs().list();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Boolean> managed = new HashMap<>();
        boolean admin = pages.isAdmin(me);
        for (Program program : programs) {
            names.put(program.id().toString(), program.settings().name());
            managed.put(program.id().toString(), admin || program.isManagedBy(me));
        }
        Map<Boolean, List<NominationView>> forMeOrNot = pages.core().nominations().listInvolvingCaller().stream()
            .collect(Collectors.partitioningBy(n -> n.nominee().equals(me), Collectors.mapping(
                n -> views.nomination(n, names, me, managed.getOrDefault(n.programId().toString(), false)), Collectors.toList())));
        FormState filled = form.hasErrors() ? form : call.form(Map.of(ROLE, List.of(ParticipantRole.MENTOR.name())));
        Map<String, Object> model = new HashMap<>();
        model.put("form", filled);
        model.put("programs", programs.stream().filter(p -> p.status() != ProgramStatus.CLOSED).map(views::program).toList());
        model.put("roles", List.of(ParticipantRole.MENTOR.name(), ParticipantRole.MENTEE.name()));
        model.put("forMe", forMeOrNot.get(true));
        model.put("others", forMeOrNot.get(false));
        model.put("reports", pages.directReports(me));
        call.render(TEMPLATE, model);
    }

    private void showAccept(PageCall call, FormState form, Nomination nomination) throws IOException {
        Program program = pages.core().programs().get(nomination.programId());
        FormState filled = form.hasErrors() ? form : call.form(Map.of(
            TIME_ZONE, List.of("UTC"),
            CAPACITY, List.of(nomination.role() == ParticipantRole.MENTOR ? "1" : "0")));
        Map<String, Object> model = new HashMap<>();
        model.put("form", filled);
        model.put("program", views.program(program));
        model.put("nomination", views.nomination(nomination, Map.of(program.id().toString(), program.settings().name()),
            AdminViews.viewer(call), false));
        model.put("careerLevels", ProgramSettingsForm.options(CareerLevel.class));
        model.put("roles", List.of(ParticipantRole.MENTOR.name(), ParticipantRole.MENTEE.name()));
        call.render(ACCEPT_TEMPLATE, model);
    }

    /** A nomination the caller has to do with; anything else is unknown to them. */
    private Nomination nomination(PageCall call, String id) {
        Id<Nomination> nominationId = Id.parse(id);
        return pages.core().nominations().listInvolvingCaller().stream()
            .filter(n -> n.id().equals(nominationId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("mentorhub.nomination.notFound", id));
    }
}
