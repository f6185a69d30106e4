package org.mentorhub.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.Failures.failure;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LifecycleTest {

    /** The lifecycles as specified, written out independently of the enums. */
    private static final Set<String> ALLOWED = Set.of(
            "ProgramStatus DRAFT>ENROLLING", "ProgramStatus DRAFT>CLOSED",
            "ProgramStatus ENROLLING>MATCHING", "ProgramStatus ENROLLING>CLOSED",
            "ProgramStatus MATCHING>ENROLLING", "ProgramStatus MATCHING>RUNNING", "ProgramStatus MATCHING>CLOSED",
            "ProgramStatus RUNNING>CLOSED",
            "NominationStatus PENDING>ACCEPTED", "NominationStatus PENDING>DECLINED", "NominationStatus PENDING>WITHDRAWN",
            "PairingStatus PROPOSED>ACCEPTED", "PairingStatus PROPOSED>DECLINED",
            "PairingStatus REQUESTED>ACCEPTED", "PairingStatus REQUESTED>DECLINED",
            "PairingStatus ACCEPTED>ACTIVE", "PairingStatus ACCEPTED>ENDED_EARLY",
            "PairingStatus ACTIVE>COMPLETED", "PairingStatus ACTIVE>ENDED_EARLY");

    static Stream<Arguments> everyPairOfStatuses() {
        return Stream.of(ProgramStatus.values(), NominationStatus.values(), PairingStatus.values())
                .flatMap(values -> Arrays.stream(values).flatMap(from -> Arrays.stream(values).map(to -> Arguments.of(from, to))));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStatuses")
    <S extends Enum<S> & Lifecycle<S>> void movesExactlyAsSpecified(S from, S to) {
        boolean allowed = ALLOWED.contains(from.getDeclaringClass().getSimpleName() + " " + from + ">" + to);

        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        if (allowed) {
            assertThat(from.moveTo(to)).isEqualTo(to);
        } else {
            ConflictException conflict = failure(ConflictException.class, () -> from.moveTo(to));
            assertThat(conflict.messageKey()).isEqualTo("mentorhub.status.transitionNotAllowed");
            assertThat(conflict.messageArgs()).containsExactly(from, to);
        }
    }

    @Test
    void finalStatusesAreTheOnesWithoutSuccessors() {
        Set<String> finals = Stream.of(ProgramStatus.values(), NominationStatus.values(), PairingStatus.values())
                .flatMap(Arrays::stream)
                .filter(status -> ((Lifecycle<?>) status).isFinal())
                .map(status -> status.getDeclaringClass().getSimpleName() + " " + status)
                .collect(Collectors.toSet());

        assertThat(finals).containsExactlyInAnyOrder("ProgramStatus CLOSED",
                "NominationStatus ACCEPTED", "NominationStatus DECLINED", "NominationStatus WITHDRAWN",
                "PairingStatus DECLINED", "PairingStatus COMPLETED", "PairingStatus ENDED_EARLY");
    }
}
