package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.UserKey;
import org.mentorhub.matching.assignment.Objective;

/**
 * A company-size program (2,000 mentees, 600 mentors with 1 to 5 places, skills in clusters, several time zones,
 * reporting lines between mentors and mentees) matched through the service: the run stores a proposal for as many
 * mentees as there are places, every proposal keeps the hard constraints, and approving them all passes the domain's
 * own pairing checks. Speed is measured by benchmarks, not here.
 */
class MatchingScaleTest {
    private static final int MENTEES = 2_000;
    private static final int MENTORS = 600;

    private final World world = new World();

    @Test
    void aProgramOf2000MenteesAnd600MentorsIsMatchedWithinEveryConstraint() {
        Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.ADMIN);
        int places = new SeededPeople(20250303).enroll(world, program, MENTEES, MENTORS, 5);
        world.startMatching(program);

        MatchingRun run = world.as(world.manager, () -> world.matching.run(program.id(), Objective.MAXIMIZE_MATCHES_THEN_SCORE));

        Set<UserKey> proposed = new HashSet<>();
        run.proposals().forEach(proposal -> proposed.addAll(proposal.pairing().mentees()));
        assertThat(proposed).hasSize(run.proposals().size()).doesNotContainAnyElementsOf(run.unmatchedMentees());
        assertThat(proposed.size() + run.unmatchedMentees().size()).isEqualTo(MENTEES);
        assertThat(proposed).hasSize(Math.min(places, MENTEES));
        assertThat(run.proposals()).allSatisfy(proposal -> assertThat(proposal.fits().get(0).explanation().score()).isPositive());
        HardConstraints.assertHeldBy(world, program);

        List<Id<Pairing>> ids = run.proposals().stream().map(proposal -> proposal.pairing().id()).toList();
        List<Pairing> approved = world.as(world.manager, () -> world.matching.approveProposals(program.id(), ids));

        assertThat(approved).hasSize(ids.size()).extracting(Pairing::status).containsOnly(PairingStatus.ACCEPTED);
    }
}
