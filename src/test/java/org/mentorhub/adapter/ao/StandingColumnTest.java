package org.mentorhub.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.TestData.NOW;
import static org.mentorhub.domain.TestData.TODAY;

import java.time.Period;
import java.util.List;
import java.util.stream.IntStream;
import net.java.ao.Query;
import net.java.ao.schema.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingProgress;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.PairingStanding;
import org.mentorhub.port.StoreSet;
import org.mentorhub.sandbox.ao.HostActiveObjects;
import org.mentorhub.sandbox.ao.HostDatabase;

/**
 * The one-column standing: any user key survives it, a standing too long for the column falls back to the columns,
 * and the upgrade's refresh fills rows written before the column existed.
 */
class StandingColumnTest {

    @Test
    void anyValueSurvivesTheRoundTripAndEmptyValuesStayEmpty() {
        PairingStanding hostile = new PairingStanding(Id.random(), PairingStatus.ACTIVE, new UserKey("m\\n\nline|,%\u00e9"),
                List.of(new UserKey("first\\"), new UserKey("two\nlines"), new UserKey("last")), TODAY, Period.ofWeeks(2), NOW,
                new PairingProgress(3, 1, 2, 2, TODAY.plusDays(1), NOW.minusSeconds(60)));
        PairingStanding bare = new PairingStanding(Id.random(), PairingStatus.PROPOSED, new UserKey("m"), List.of(new UserKey("e")), null,
                null, NOW, PairingProgress.NONE);

        assertThat(StandingColumn.decode(StandingColumn.encode(hostile))).isEqualTo(hostile);
        assertThat(StandingColumn.decode(StandingColumn.encode(bare))).isEqualTo(bare);
    }

    @Test
    void aStandingLongerThanTheColumnIsNotEncoded() {
        assertThat(StandingColumn.encode(group(20, 20))).isNull();
        assertThat(StandingColumn.encode(group(2, 20))).hasSizeLessThanOrEqualTo(StringLength.MAX_LENGTH);
    }

    @ParameterizedTest
    @MethodSource("org.mentorhub.testing.TestDatabases#both")
    void pairingsWithoutAnEncodedStandingAreReadFromTheirColumnsUntilTheRefreshFillsIt(HostDatabase database) {
        StoreSet stores = AoStores.empty(database);
        HostActiveObjects ao = AoStores.activeObjects(database);
        Program program = TestData.program(ProgramStatus.RUNNING);
        stores.programs().insert(program);
        List<UserKey> many = IntStream.range(0, 20).mapToObj(i -> new UserKey("mentee-with-a-rather-long-user-key-" + i)).toList();
        Pairing group = new Pairing(Id.random(), program.id(), new UserKey("mentor"), many, PairingStatus.PROPOSED, null, null, null, null,
                null, NOW);
        Pairing pair = TestData.pairing(program, new UserKey("m2"), PairingStatus.PROPOSED, new UserKey("e2"));
        stores.pairings().insert(group);
        stores.pairings().insert(pair);
        stores.pairings().saveProgress(pair.id(), new PairingProgress(2, 1, 0, 0, null, NOW));
        assertThat(rows(ao, group)).extracting(AoPairing::getStanding).as("too long for the column").containsOnlyNulls();
        assertThat(rows(ao, pair)).extracting(AoPairing::getStanding).as("written by the store with the progress")
                .singleElement().satisfies(standing -> assertThat(StandingColumn.decode(standing).progress())
                        .isEqualTo(new PairingProgress(2, 1, 0, 0, null, NOW)));
        for (AoPairing row : rows(ao, pair)) {
            row.setStanding(null);
            row.save();
        }
        List<PairingStanding> expected = List.of(
                new PairingStanding(group.id(), PairingStatus.PROPOSED, group.mentor(), many, null, null, NOW, PairingProgress.NONE),
                new PairingStanding(pair.id(), PairingStatus.PROPOSED, pair.mentor(), pair.mentees(), null, null, NOW,
                        new PairingProgress(2, 1, 0, 0, null, NOW)));

        assertThat(stores.pairings().standings(program.id())).containsExactlyInAnyOrderElementsOf(expected);

        new AoPairingStore(ao).refreshStandings();

        assertThat(rows(ao, pair)).extracting(AoPairing::getStanding).doesNotContainNull();
        assertThat(stores.pairings().standings(program.id())).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<AoPairing> rows(HostActiveObjects ao, Pairing pairing) {
        return List.of(ao.find(AoPairing.class, Query.select().where(Identified.UUID + " = ?", pairing.id().toString())));
    }

    private static PairingStanding group(int mentees, int keyLength) {
        return new PairingStanding(Id.random(), PairingStatus.ACTIVE, new UserKey("m"),
                IntStream.range(0, mentees).mapToObj(i -> new UserKey(String.valueOf(i).repeat(keyLength))).toList(), TODAY, Period.ofWeeks(2),
                NOW, PairingProgress.NONE);
    }
}
