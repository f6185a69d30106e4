package org.mentorhub.domain;

import java.time.Period;

/**
 * What a pair agrees on before starting (the "handshake").
 *
 * @param confidential   what is said in the pair stays in the pair
 * @param meetingCadence how often they meet, e.g. {@code P14D}
 * @param duration       how long the pairing runs from its start, e.g. {@code P6M}
 * @param expectations   what each side commits to (planning, accountability, preparation)
 */
public record AgreementTerms(boolean confidential, Period meetingCadence, Period duration, String expectations) {
    public AgreementTerms {
        FieldErrors.builder()
                .requirePositive("meetingCadence", meetingCadence)
                .requirePositive("duration", duration)
                .requireText("expectations", expectations, 4000)
                .throwIfAny();
    }
}
