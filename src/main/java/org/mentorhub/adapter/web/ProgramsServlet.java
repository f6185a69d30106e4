package org.mentorhub.adapter.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import org.mentorhub.domain.ForbiddenException;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.MatchCriterion;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.UserKey;
import org.mentorhub.matching.assignment.Objective;
import org.mentorhub.service.Proposal;

/**
 * {@code /plugins/servlet/mentorhub/programs}: the programs a user may see, creating and editing a program, moving it
 * through its lifecycle (each move confirmed on a page of its own), and for its managers the program's participants,
 * pairings and the matching review: run, lock, unlock, reject and approve proposals.
 *
 * <p>Paths below {@code /programs}: {@code new}; {@code <id>}; {@code <id>/edit}; {@code <id>/status/<STATUS>};
 * posts to {@code <id>/matching} and {@code <id>/proposals[/<proposal>/lock|unlock|reject]}.
 */
public class ProgramsServlet extends PageServlet {
    static final String LIST_TEMPLATE = "templates/admin/programs.vm";
    static final String FORM_TEMPLATE = "templates/admin/program-form.vm";
    static final String PROGRAM_TEMPLATE = "templates/admin/program.vm";
    static final String STATUS_TEMPLATE = "templates/admin/program-status.vm";
    private static final String NEW = "new";
    private static final String EDIT = "edit";
    private static final String STATUS = "status";
    private static final String MATCHING = "matching";
    private static final String PROPOSALS = "proposals";
    private static final String ALL = "all";
    private static final String OBJECTIVE = "objective";
    /** Posts to these answer with the program page when they fail. */
    private static final Set<String> FORMS_ON_THE_PROGRAM_PAGE = Set.of(MATCHING, PROPOSALS);
    /** The key figures' period, as the dashboard gadget's default: four weeks up to today. */
    private static final int KPI_PERIOD_DAYS = 28;

    private final transient AdminViews views;

    @Inject
    public ProgramsServlet(WebPages pages) {
        super(pages);
        this.views = new AdminViews(pages);
    }

    @Override
    protected void show(PageCall call, FormState form) throws IOException {
        List<String> path = call.pathSegments();
        if (path.isEmpty()) {
            showList(call, form);
        } else if (path.equals(List.of(NEW))) {
            if (!pages.isAdmin(AdminViews.viewer(call))) {
                throw new ForbiddenException("mentorhub.auth.forbidden");
            }
            showForm(call, form, null);
        } else if (path.size() == 2 && path.get(1).equals(EDIT)) {
            showForm(call, form, managedProgram(call, path.get(0)));
        } else if (path.size() == 3 && path.get(1).equals(STATUS)) {
            showStatusChange(call, form, managedProgram(call, path.get(0)), status(path.get(2)));
        } else if (path.size() == 1 || path.size() == 2 && FORMS_ON_THE_PROGRAM_PAGE.contains(path.get(1))
            || path.size() == 4 && path.get(1).equals(PROPOSALS)) {
            // The program page, also after a failed post to one of its forms (matching, proposals).
            showProgram(call, form, Id.parse(path.get(0)));
        } else {
            throw new NotFoundException("mentorhub.id.malformed", String.join("/", path));
        }
    }

    @Override
    protected Redirect submit(PageCall call) throws IOException {
        List<String> path = call.pathSegments();
        if (path.equals(List.of(NEW))) {
            Program created = pages.core().programs().create(ProgramSettingsForm.read(call, pages::userByUsername));
            return new Redirect(programPath(created.id()), "programCreated");
        }
        if (path.isEmpty()) {
            return null;
        }
        Id<Program> programId = Id.parse(path.get(0));
        String action = path.size() > 1 ? path.get(1) : "";
        if (path.size() == 2 && action.equals(EDIT)) {
            pages.core().programs().update(programId, ProgramSettingsForm.read(call, pages::userByUsername));
            return new Redirect(programPath(programId), "programUpdated");
        }
        if (path.size() == 3 && action.equals(STATUS)) {
            pages.core().programs().changeStatus(programId, status(path.get(2)));
            return new Redirect(programPath(programId), "statusChanged");
        }
        if (path.size() == 2 && action.equals(MATCHING)) {
            pages.core().matching().run(programId, objective(call.param(OBJECTIVE)));
            return new Redirect(programPath(programId), "matchingRun");
        }
        if (path.size() == 2 && action.equals(PROPOSALS)) {
            pages.core().matching().approveProposals(programId, call.param(ALL).equals("true")
                ? pages.core().matching().proposals(programId).stream().map(p -> p.pairing().id()).toList()
                : call.params("proposal").stream().map(Id::<Pairing>parse).toList());
            return new Redirect(programPath(programId), "proposalsApproved");
        }
        if (path.size() == 4 && action.equals(PROPOSALS)) {
            return decideOnProposal(programId, Id.parse(path.get(2)), path.get(3));
        }
        return null;
    }

    private Redirect decideOnProposal(Id<Program> programId, Id<Pairing> proposalId, String decision) {
        switch (decision) {
            case "lock" -> pages.core().matching().lockProposal(programId, proposalId);
            case "unlock" -> pages.core().matching().unlockProposal(programId, proposalId);
            case "reject" -> pages.core().matching().rejectProposal(programId, proposalId);
            default -> {
                return null;
            }
        }
        return new Redirect(programPath(programId), "proposal." + decision);
    }

    private void showList(PageCall call, FormState form) throws IOException {
        List<ProgramView> programs = pages.core().programs().list().stream()
            .sorted(Comparator.comparing((Program p) -> p.settings().name(), String.CASE_INSENSITIVE_ORDER))
            .map(views::program)
            .toList();
        call.render(LIST_TEMPLATE, Map.of("form", form, "programs", programs, "canCreate", pages.isAdmin(AdminViews.viewer(call))));
    }

    /** The create form ({@code program} null) or the edit form of a program. */
    private void showForm(PageCall call, FormState form, Program program) throws IOException {
        FormState filled = form;
        if (!form.hasErrors()) {
            filled = call.form(program == null
                ? ProgramSettingsForm.defaults(LocalDate.now(), call.user().getUsername())
                : ProgramSettingsForm.values(program.settings(), pages::username));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("form", filled);
        model.put("types", ProgramSettingsForm.options(ProgramType.class));
        model.put("matchingModes", ProgramSettingsForm.options(MatchingMode.class));
        model.put("criteria", ProgramSettingsForm.options(MatchCriterion.class));
        if (program != null) {
            model.put("program", views.program(program));
        }
        call.render(FORM_TEMPLATE, model);
    }

    private void showStatusChange(PageCall call, FormState form, Program program, ProgramStatus target) throws IOException {
        if (!program.status().canMoveTo(target)) {
            throw new NotFoundException("mentorhub.id.malformed", target);
        }
        call.render(STATUS_TEMPLATE, Map.of("form", form, "program", views.program(program), "target", target.name()));
    }

    private void showProgram(PageCall call, FormState form, Id<Program> programId) throws IOException {
        Program program = pages.core().programs().get(programId);
        Map<String, Object> model = new HashMap<>();
        model.put("form", form.hasErrors() ? form
            : call.form(Map.of(OBJECTIVE, List.of(Objective.MAXIMIZE_MATCHES_THEN_SCORE.name()))));
        model.put("program", views.program(program));
        boolean manages = manages(call, program);
        model.put("manages", manages);
        if (manages) {
            model.put("nextStatuses", program.status().successors().stream().sorted().map(Enum::name).toList());
            LocalDate today = LocalDate.now();
            model.put("kpis", AdminViews.kpis(pages.core().reports().dashboard(programId, today.minusDays(KPI_PERIOD_DAYS - 1), today)));
            model.put("participants", pages.core().enrollment().listForProgram(programId).stream()
                .map(views::participant).toList());
            model.put("pairings", pages.core().pairings().overview(programId).stream()
                .filter(summary -> summary.pairing().status() != PairingStatus.PROPOSED)
                .map(views::pairing).toList());
            boolean matchable = program.settings().matchingMode().allowsManagerProposals()
                && program.type() != ProgramType.JUST_IN_TIME;
            model.put("matchable", matchable);
            boolean matchingOpen = program.status() == ProgramStatus.MATCHING || program.status() == ProgramStatus.RUNNING;
            model.put("matchingOpen", matchingOpen);
            List<Proposal> proposals = matchable ? pages.core().matching().proposals(programId) : List.of();
            model.put("proposals", proposals.stream().map(views::proposal).toList());
            model.put("objectives", ProgramSettingsForm.options(Objective.class));
        }
        call.render(PROGRAM_TEMPLATE, model);
    }

    /** A program the caller manages, for the forms only its managers can send (the core checks again on sending). */
    private Program managedProgram(PageCall call, String id) {
        Program program = pages.core().programs().get(Id.parse(id));
        if (!manages(call, program)) {
            throw new ForbiddenException("mentorhub.auth.forbidden");
        }
        return program;
    }

    private boolean manages(PageCall call, Program program) {
        return pages.manages(AdminViews.viewer(call), program);
    }

    private static String programPath(Id<Program> programId) {
        return "/programs/" + programId;
    }

    private static ProgramStatus status(String name) {
        try {
            return ProgramStatus.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw new NotFoundException("mentorhub.id.malformed", name);
        }
    }

    /** The run's objective; none chosen is the core's field error. */
    private static Objective objective(String name) {
        try {
            return name.isEmpty() ? null : Objective.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
