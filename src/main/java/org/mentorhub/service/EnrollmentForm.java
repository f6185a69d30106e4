package org.mentorhub.service;

import java.util.Set;
import org.mentorhub.domain.ConsentScope;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.ParticipantSource;
import org.mentorhub.domain.Profile;

/**
 * What a person submits to join a program, by enrolling or by accepting a nomination.
 *
 * @param consentScopes        what they consent to; must include participation
 * @param consentPolicyVersion the version of the consent text they were shown
 */
public record EnrollmentForm(
        Set<ParticipantRole> roles,
        ParticipantSource source,
        Profile profile,
        Set<ConsentScope> consentScopes,
        String consentPolicyVersion) {

    public EnrollmentForm {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        consentScopes = consentScopes == null ? Set.of() : Set.copyOf(consentScopes);
        FieldErrors.builder()
                .required("source", source)
                .required("profile", profile)
                .throwIfAny();
    }
}
