package org.mentorhub.adapter.web;

import java.io.IOException;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import javax.inject.Inject;
import org.mentorhub.domain.CareerLevel;
import org.mentorhub.domain.ConsentScope;
import org.mentorhub.domain.DemographicAttribute;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.ParticipantSource;
import org.mentorhub.domain.Profile;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.SkillLevel;
import org.mentorhub.service.EnrollmentForm;

/**
 * {@code /plugins/servlet/mentorhub/enroll?program=<id>}: joining a program as mentor and/or mentee with a profile and
 * consent explained plainly; once joined, editing the profile and opting out.
 */
public class EnrollServlet extends PageServlet {
    static final String TEMPLATE = "templates/people/enroll.vm";
    /** The i18n key holding the version of the consent texts the page shows; stored with each consent. */
    static final String CONSENT_VERSION_KEY = "mentorhub.people.consent.version";

    @Inject
    public EnrollServlet(WebPages pages) {
        super(pages);
    }

    @Override
    protected void show(PageCall call, FormState form) throws IOException {
        Program program = pages.core().programs().get(Id.parse(call.param("program")));
        Optional<Participant> participant = new Participations(pages, call).in(program.id());
        boolean editing = participant.filter(Participant::isActive).isPresent();
        FormState shown = form.hasErrors() ? form
            : FormState.of(participant.map(p -> ProfileForm.values(p.profile())).orElse(ProfileForm.defaults()), form.done());
        Map<String, Object> model = new HashMap<>();
        model.put("form", shown);
        model.put("programId", program.id().toString());
        model.put("programName", program.settings().name());
        model.put("editing", editing);
        model.put("optedOut", participant.filter(p -> !p.isActive()).isPresent());
        model.put("enrolling", new Participations.Joined(program, participant).enrolling());
        model.put("mentee", participant.filter(p -> p.isActive() && p.isMentee()).isPresent());
        model.put("mentor", participant.filter(p -> p.isActive() && p.isMentor()).isPresent());
        model.put("myRoles", participant.filter(Participant::isActive)
            .map(p -> p.roles().stream().sorted().map(Enum::name).toList()).orElse(List.of()));
        model.put("diversityAllowed", program.settings().diversityPreferencesAllowed());
        model.put("roleOptions", names(ParticipantRole.values()));
        model.put("consentOptions", names(program.settings().diversityPreferencesAllowed() ? ConsentScope.values()
            : new ConsentScope[] {ConsentScope.PARTICIPATION}));
        model.put("careerLevels", names(CareerLevel.values()));
        model.put("skillLevels", names(SkillLevel.values()));
        model.put("days", names(DayOfWeek.values()));
        model.put("demographicAttributes", names(DemographicAttribute.values()));
        model.put("skillRows", IntStream.range(0, ProfileForm.SKILL_ROWS).boxed().toList());
        model.put("slotRows", IntStream.range(0, ProfileForm.SLOT_ROWS).boxed().toList());
        call.render(TEMPLATE, model);
    }

    @Override
    protected Redirect submit(PageCall call) {
        Id<Program> programId = Id.parse(call.param("program"));
        Program program = pages.core().programs().get(programId);
        String here = "/enroll?program=" + programId;
        return switch (call.param("action")) {
            case "enroll" -> {
                // Every problem of the form at once: the profile's, and the two the core would only report afterwards.
                FieldErrors.Builder errors = FieldErrors.builder();
                Set<ParticipantRole> roles = Attempt.collect(() -> ProfileForm.roles(call), errors);
                Profile profile = Attempt.collect(() -> ProfileForm.profile(call, program.settings().diversityPreferencesAllowed()), errors);
                Set<ConsentScope> consent = Attempt.collect(() -> ProfileForm.consent(call), errors);
                errors.check(roles == null || !roles.isEmpty(), "roles", "mentorhub.validation.required")
                    .check(consent == null || consent.contains(ConsentScope.PARTICIPATION), "consent.scopes",
                        "mentorhub.consent.participationRequired")
                    .throwIfAny();
                EnrollmentForm enrollment = new EnrollmentForm(roles, ParticipantSource.EMPLOYEE, profile, consent,
                    call.text(CONSENT_VERSION_KEY));
                pages.core().enrollment().enroll(programId, enrollment);
                yield new Redirect(here, "people.enrolled");
            }
            case "update" -> {
                pages.core().enrollment().updateProfile(programId,
                    ProfileForm.profile(call, program.settings().diversityPreferencesAllowed()));
                yield new Redirect(here, "people.profileSaved");
            }
            case "optOut" -> {
                pages.core().enrollment().optOut(programId);
                yield new Redirect(here, "people.optedOut");
            }
            default -> null;
        };
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
