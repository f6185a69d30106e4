package org.mentorhub.adapter.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mentorhub.domain.MatchCriterion;
import org.mentorhub.domain.Nomination;
import org.mentorhub.domain.NominationStatus;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramSettings;
import org.mentorhub.domain.UserKey;
import org.mentorhub.matching.Contribution;
import org.mentorhub.matching.Message;
import org.mentorhub.port.PairingSummary;
import org.mentorhub.service.MenteeFit;
import org.mentorhub.service.ProgramDashboard;
import org.mentorhub.service.Proposal;

/** Turns the core's records into the view records of the admin pages: names for user keys, texts for messages. */
final class AdminViews {
    private final WebPages pages;

    AdminViews(WebPages pages) {
        this.pages = pages;
    }

    /** The signed-in user of a page call, as the core knows them. */
    static UserKey viewer(PageCall call) {
        return new UserKey(call.user().getUserKey().getStringValue());
    }

    ProgramView program(Program program) {
        ProgramSettings settings = program.settings();
        String weights = Arrays.stream(MatchCriterion.values())
            .filter(criterion -> settings.criteriaWeights().weightOf(criterion) > 0)
            .map(criterion -> pages.text("mentorhub.web.admin.criterion." + criterion) + " "
                + settings.criteriaWeights().weightOf(criterion))
            .collect(Collectors.joining(", "));
        Map<String, List<String>> form = ProgramSettingsForm.values(settings, pages::username);
        return new ProgramView(program.id().toString(), settings.name(), settings.description(), settings.type().name(),
            settings.matchingMode().name(), program.status().name(), Lozenges.of(program.status()),
            settings.enrollmentWindow().start().toString(), settings.enrollmentWindow().end().toString(),
            pages.text("mentorhub.web.admin.months", List.of(count(first(form, ProgramSettingsForm.DURATION)))),
            pages.text("mentorhub.web.admin.days", List.of(count(first(form, ProgramSettingsForm.CHECK_IN_CADENCE)))),
            settings.defaultMentorCapacity(), settings.trainingRequired(), settings.diversityPreferencesAllowed(), weights,
            names(settings.managers().stream().sorted(Comparator.comparing(UserKey::value)).toList()),
            settings.jiraProjectKey(), settings.confluenceSpaceKey());
    }

    ParticipantView participant(Participant participant) {
        String roles = participant.roles().stream().sorted()
            .map(role -> pages.text("mentorhub.web.admin.role." + role))
            .collect(Collectors.joining(", "));
        return new ParticipantView(pages.displayName(participant.user()), roles,
            participant.hasRole(ParticipantRole.MENTOR) ? participant.profile().mentorCapacity() : 0, participant.isActive());
    }

    ProposalView proposal(Proposal proposal) {
        List<FitView> fits = proposal.fits().stream().map(this::fit).toList();
        long score = Math.round(proposal.fits().stream().mapToDouble(fit -> fit.explanation().score()).average().orElse(0));
        return new ProposalView(proposal.pairing().id().toString(), pages.displayName(proposal.pairing().mentor()),
            names(proposal.pairing().mentees()), score, proposal.locked(), fits,
            proposal.cohesion() == null ? null : text(proposal.cohesion()));
    }

    static ProgramKpis kpis(ProgramDashboard dashboard) {
        return new ProgramKpis(dashboard.pairs().get(PairingStatus.ACTIVE), dashboard.pairs().get(PairingStatus.ACCEPTED),
            dashboard.participation().paired(), dashboard.participation().optedIn(), dashboard.goals().done(),
            dashboard.goals().total(), dashboard.pairsAtRisk());
    }

    PairingView pairing(PairingSummary summary) {
        return new PairingView(pages.displayName(summary.pairing().mentor()), names(summary.pairing().mentees()),
            summary.pairing().status().name(), Lozenges.of(summary.pairing().status()), summary.goals(), summary.goalsDone());
    }

    /**
     * @param programNames names of the programs the viewer may see, by id
     * @param manages      whether the viewer manages the nomination's program
     */
    NominationView nomination(Nomination nomination, Map<String, String> programNames, UserKey viewer, boolean manages) {
        String programId = nomination.programId().toString();
        boolean pending = nomination.status() == NominationStatus.PENDING;
        return new NominationView(nomination.id().toString(), programId,
            programNames.getOrDefault(programId, pages.text("mentorhub.web.admin.nominations.hiddenProgram")),
            pages.displayName(nomination.nominee()), pages.displayName(nomination.nominator()), nomination.role().name(),
            nomination.reason(), nomination.status().name(), Lozenges.of(nomination.status()),
            pending && nomination.nominee().equals(viewer),
            pending && (manages || nomination.nominator().equals(viewer)));
    }

    private FitView fit(MenteeFit fit) {
        List<ContributionView> contributions = fit.explanation().contributions().stream().map(this::contribution).toList();
        return new FitView(pages.displayName(fit.mentee()), Math.round(fit.explanation().score()), contributions);
    }

    private ContributionView contribution(Contribution contribution) {
        return new ContributionView(pages.text("mentorhub.match.criterion." + contribution.criterion().name().toLowerCase(Locale.ROOT)),
            contribution.weight(), String.format(Locale.ROOT, "%.1f", contribution.points()), text(contribution.reason()),
            contribution.applicable());
    }

    private String text(Message message) {
        return pages.text(message.key(), message.arguments());
    }

    private String names(List<UserKey> users) {
        return users.stream().map(pages::displayName).collect(Collectors.joining(", "));
    }

    private static String first(Map<String, List<String>> form, String field) {
        return form.get(field).get(0);
    }

    /** The form's whole number as a number, so texts can say "1 month" or "6 months". */
    private static Long count(String value) {
        return Long.valueOf(value);
    }
}
