package org.mentorhub.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.Failures.fieldErrors;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnpsTest {

    @Test
    void promotersMinusDetractorsInPercentOfAllResponses() {
        Enps enps = Enps.of(List.of(10, 10, 9, 8, 7, 6, 0, 10));

        assertThat(enps.promoters()).isEqualTo(4);
        assertThat(enps.passives()).isEqualTo(2);
        assertThat(enps.detractors()).isEqualTo(2);
        assertThat(enps.percent()).hasValue(25.0);
    }

    @Test
    void boundariesBetweenDetractorsPassivesAndPromoters() {
        assertThat(Enps.of(List.of(6)).percent()).hasValue(-100.0);
        assertThat(Enps.of(List.of(7)).percent()).hasValue(0.0);
        assertThat(Enps.of(List.of(8)).percent()).hasValue(0.0);
        assertThat(Enps.of(List.of(9)).percent()).hasValue(100.0);
    }

    @Test
    void noResponsesGiveNoScore() {
        assertThat(Enps.of(List.of()).percent()).isEmpty();
    }

    @Test
    void scoresOutsideZeroToTenAreRejected() {
        assertThat(fieldErrors(() -> Enps.of(List.of(5, 11))).keysFor("recommendScore")).containsExactly("mentorhub.validation.range");
    }
}
