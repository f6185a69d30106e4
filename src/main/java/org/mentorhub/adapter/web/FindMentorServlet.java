package org.mentorhub.adapter.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.FieldError;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.UserKey;
import org.mentorhub.domain.ValidationException;
import org.mentorhub.matching.Contribution;
import org.mentorhub.service.MentorSuggestion;

/**
 * {@code /plugins/servlet/mentorhub/find?program=<id>}: a mentee's ranked mentor suggestions with their reasons, or in
 * just-in-time programs the experts on a topic ({@code &topic=…}), and a request to the one they choose.
 */
public class FindMentorServlet extends PageServlet {
    static final String TEMPLATE = "templates/people/find.vm";
    static final int SUGGESTIONS = 10;

    @Inject
    public FindMentorServlet(WebPages pages) {
        super(pages);
    }

    @Override
    protected void show(PageCall call, FormState form) throws IOException {
        List<Program> programs = new Participations(pages, call).all().stream()
            .filter(Participations.Joined::activeMentee).map(Participations.Joined::program).toList();
        String chosen = call.param("program");
        Program program = chosen.isEmpty() ? (programs.size() == 1 ? programs.get(0) : null)
            : pages.core().programs().get(Id.parse(chosen));
        Map<String, Object> model = new HashMap<>();
        model.put("programs", programs.stream().map(p -> new ProgramChoice(p.id().toString(), p.settings().name())).toList());
        model.put("programId", program == null ? "" : program.id().toString());
        model.put("programName", program == null ? "" : program.settings().name());
        boolean justInTime = program != null && program.type() == ProgramType.JUST_IN_TIME;
        model.put("justInTime", justInTime);
        FormState shown = form;
        List<MentorSuggestionView> suggestions = List.of();
        String notice = null;
        if (program != null) {
            try {
                suggestions = suggestions(program, call);
            } catch (ConflictException unavailable) {
                notice = pages.text(unavailable.messageKey(), unavailable.messageArgs());
            } catch (ValidationException invalid) {
                FieldError error = invalid.errors().all().get(0);
                shown = FormState.failed(Map.of(), Map.of(error.field(), pages.text(error.messageKey(), error.messageArgs())), null);
            }
        }
        model.put("form", shown);
        model.put("topic", call.param("topic"));
        model.put("searched", !justInTime || searched(call));
        model.put("suggestions", suggestions);
        model.put("notice", notice);
        model.put("waitingFor", program == null ? "" : waitingFor(program));
        call.render(TEMPLATE, model);
    }

    /** The mentors the caller asked in this program who have not answered yet, by name; empty if none. */
    private String waitingFor(Program program) {
        return pages.core().pairings().mine().stream()
            .filter(mine -> mine.pairing().programId().equals(program.id()) && mine.pairing().status() == PairingStatus.REQUESTED
                && mine.role() == ParticipantRole.MENTEE)
            .map(mine -> pages.displayName(mine.pairing().mentor()))
            .sorted().collect(Collectors.joining(", "));
    }

    @Override
    protected Redirect submit(PageCall call) {
        if (!call.param("action").equals("request")) {
            return null;
        }
        Id<Program> programId = Id.parse(call.param("program"));
        pages.core().pairings().request(programId, new UserKey(call.param("mentor")));
        return new Redirect("/mine", "people.requested");
    }

    /** Suggestions for the program; in just-in-time programs the experts on the topic, once the user searched. */
    private List<MentorSuggestionView> suggestions(Program program, PageCall call) {
        List<MentorSuggestion> found = program.type() != ProgramType.JUST_IN_TIME
            ? pages.core().matching().suggestMentors(program.id(), SUGGESTIONS)
            : searched(call) ? pages.core().matching().findExperts(program.id(), call.param("topic"), SUGGESTIONS) : List.of();
        return found.stream().map(this::view).toList();
    }

    private static boolean searched(PageCall call) {
        return call.param("search").equals("1");
    }

    private MentorSuggestionView view(MentorSuggestion suggestion) {
        return new MentorSuggestionView(suggestion.mentor().value(), pages.displayName(suggestion.mentor()),
            Math.round(suggestion.explanation().score()), suggestion.freePlaces(),
            suggestion.explanation().contributions().stream().map(this::criterion).toList());
    }

    private MentorSuggestionView.CriterionView criterion(Contribution contribution) {
        return new MentorSuggestionView.CriterionView(pages.text(contribution.criterion().nameKey()),
            String.format(Locale.ROOT, "%.1f", contribution.points()), Math.round(contribution.similarity() * 100),
            contribution.applicable(), pages.text(contribution.reason().key(), contribution.reason().arguments()));
    }
}
