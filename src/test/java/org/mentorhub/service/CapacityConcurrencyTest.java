package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.PairingStore;
import org.mentorhub.port.StoreSet;
import org.mentorhub.service.inmemory.InMemoryStores;

/**
 * Fifty mentees request the same mentor (capacity 2) at once and the mentor's acceptances race each
 * other; exactly two pairings end accepted. The in-memory stores have no isolation at all and the
 * pairing reads are slowed down to hold the check-then-act window open, so only the pairing-places
 * lock keeps the capacity (without it this test fails).
 */
class CapacityConcurrencyTest {
    private static final int MENTEES = 50;
    private static final int CAPACITY = 2;

    private final World world = new World(withSlowPairingReads(InMemoryStores.create()));

    @Test
    void fiftyConcurrentRequestsForAMentorOfCapacityTwoEndWithTwoAcceptedPairings() throws Exception {
        Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.SELF);
        world.enroll(world.mentor, program, CAPACITY, ParticipantRole.MENTOR);
        List<UserKey> mentees = new ArrayList<>();
        for (int i = 0; i < MENTEES; i++) {
            UserKey mentee = world.users.add("mentee-" + i);
            world.enroll(mentee, program, 0, ParticipantRole.MENTEE);
            mentees.add(mentee);
        }
        world.startMatching(program);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(MENTEES);
        List<Future<Outcome>> outcomes = new ArrayList<>();
        for (UserKey mentee : mentees) {
            outcomes.add(threads.submit(requestThenAccept(program, mentee, start)));
        }
        start.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        List<Outcome> results = new ArrayList<>();
        for (Future<Outcome> outcome : outcomes) {
            results.add(outcome.get());
        }
        List<Pairing> stored = world.stores.pairings().listByProgram(program.id());
        assertThat(stored.stream().filter(p -> p.status() == PairingStatus.ACCEPTED)).hasSize(CAPACITY);
        assertThat(results.stream().filter(Outcome::accepted)).hasSize(CAPACITY);
        assertThat(results.stream().filter(r -> !r.accepted()).map(Outcome::refusal)).containsOnly("mentorhub.pairing.capacityReached");
        assertThat(results).hasSize(MENTEES);
    }

    /** One mentee's thread: ask for the mentor, then, acting as the mentor, accept that request. */
    private Callable<Outcome> requestThenAccept(Program program, UserKey mentee, CountDownLatch start) {
        return () -> {
            start.await();
            try {
                Pairing requested = world.as(mentee, () -> world.pairings.request(program.id(), world.mentor));
                world.as(world.mentor, () -> world.pairings.accept(requested.id()));
                return new Outcome(true, null);
            } catch (ConflictException refused) {
                return new Outcome(false, refused.messageKey());
            }
        };
    }

    private record Outcome(boolean accepted, String refusal) {
    }

    private static StoreSet withSlowPairingReads(StoreSet stores) {
        return new StoreSet(stores.transactions(), stores.programs(), stores.participants(), stores.nominations(),
                slowInvolvementReads(stores.pairings()), stores.goals(), stores.sessions(), stores.feedback(), stores.training(),
                stores.matchingDecisions(), stores.auditLog());
    }

    /** Pauses after reading who holds places, as a database round trip would, so that racing acceptances overlap. */
    private static PairingStore slowInvolvementReads(PairingStore pairings) {
        return SlowedDown.after(PairingStore.class, pairings, "listInvolving", (Object involved) -> 5L);
    }
}
