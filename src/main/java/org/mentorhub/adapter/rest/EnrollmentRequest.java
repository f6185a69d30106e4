package org.mentorhub.adapter.rest;

import java.util.Set;
import org.mentorhub.domain.ConsentScope;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.ParticipantSource;
import org.mentorhub.service.EnrollmentForm;

/**
 * The body of opting in: roles, profile and the consent given to the text of {@code consentPolicyVersion}.
 * An absent {@code source} means an employee.
 */
public record EnrollmentRequest(
        Set<ParticipantRole> roles,
        ParticipantSource source,
        ProfileDto profile,
        Set<ConsentScope> consentScopes,
        String consentPolicyVersion) {

    public EnrollmentForm toForm() {
        return new EnrollmentForm(roles, source == null ? ParticipantSource.EMPLOYEE : source,
                profile == null ? null : profile.toDomain(), consentScopes, consentPolicyVersion);
    }
}
