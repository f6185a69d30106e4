package org.mentorhub.adapter.rest;

import java.time.Period;
import org.mentorhub.domain.AgreementTerms;

/** The body of setting a pairing's agreement; the domain reports bad terms per field. */
public record AgreementForm(boolean confidential, Period meetingCadence, Period duration, String expectations) {

    public AgreementTerms toTerms() {
        return new AgreementTerms(confidential, meetingCadence, duration, expectations);
    }
}
