package org.mentorhub.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The record of a participant's opt-in: when, to what, and under which wording of the consent text.
 *
 * @param policyVersion version of the consent text shown, so we can tell later what exactly was agreed to
 * @param withdrawnAt   when the participant opted out; {@code null} while the consent stands
 */
public record Consent(Instant givenAt, Set<ConsentScope> scopes, String policyVersion, Instant withdrawnAt) {
    public Consent {
        Objects.requireNonNull(givenAt, "givenAt");
        scopes = Copies.set(scopes);
        FieldErrors.builder()
                .check(scopes.contains(ConsentScope.PARTICIPATION), "consent.scopes", "mentorhub.consent.participationRequired")
                .requireText("consent.policyVersion", policyVersion, 40)
                .throwIfAny();
    }

    public static Consent given(Instant at, Set<ConsentScope> scopes, String policyVersion) {
        return new Consent(at, scopes, policyVersion, null);
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }

    public boolean covers(ConsentScope scope) {
        return isActive() && scopes.contains(scope);
    }

    public Consent withdrawn(Instant at) {
        return new Consent(givenAt, scopes, policyVersion, at);
    }
}
