package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorhub.domain.PairExclusion;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Profile;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.TrainingMaterial;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.StoreSet;

/** The test's own reading of the hard constraints, checked on a program's stored proposals. */
final class HardConstraints {
    private HardConstraints() {
    }

    /**
     * Every proposal pairs an active, trained mentor with active mentees who are not the mentor, not across a
     * reporting line, not excluded or declined before, junior-to-senior in reverse programs; no mentee is in two
     * proposals or in a proposal while holding a place; no mentor's places held and proposed exceed the capacity.
     */
    static void assertHeldBy(World world, Program program) {
        StoreSet stores = world.stores;
        Map<UserKey, Participant> people = stores.participants().listByProgram(program.id()).stream()
                .collect(Collectors.toMap(Participant::user, Function.identity()));
        List<TrainingMaterial> materials = stores.training().listMaterials(program.id());
        List<PairExclusion> exclusions = stores.matchingDecisions().listExclusions(program.id());
        Map<UserKey, Integer> placesUsed = new HashMap<>();
        Set<UserKey> placedMentees = new HashSet<>();
        for (Pairing pairing : stores.pairings().listByProgram(program.id())) {
            boolean proposed = pairing.status() == PairingStatus.PROPOSED;
            if (!proposed && !pairing.status().holdsCapacity()) {
                continue;
            }
            placesUsed.merge(pairing.mentor(), pairing.mentees().size(), Integer::sum);
            pairing.mentees().forEach(mentee -> assertThat(placedMentees.add(mentee)).as("%s placed twice", mentee).isTrue());
            if (proposed) {
                assertProposalAllowed(world, program, pairing, people, materials, exclusions);
            }
        }
        placesUsed.forEach((mentor, used) ->
                assertThat(used).as("places of %s", mentor).isLessThanOrEqualTo(people.get(mentor).profile().mentorCapacity()));
    }

    private static void assertProposalAllowed(World world, Program program, Pairing proposal, Map<UserKey, Participant> people,
                                              List<TrainingMaterial> materials, List<PairExclusion> exclusions) {
        Participant mentor = people.get(proposal.mentor());
        assertThat(mentor.isActive() && mentor.isMentor()).as("%s is an active mentor", mentor.user()).isTrue();
        assertThat(TrainingMaterial.trainedFor(program, ParticipantRole.MENTOR, materials,
                world.stores.training().completions(program.id(), mentor.user()))).as("%s is trained", mentor.user()).isTrue();
        for (UserKey menteeKey : proposal.mentees()) {
            Participant mentee = people.get(menteeKey);
            Profile profile = mentee.profile();
            assertThat(mentee.isActive() && mentee.isMentee()).as("%s is an active mentee", menteeKey).isTrue();
            assertThat(menteeKey).isNotEqualTo(mentor.user());
            assertThat(Profile.inReportingLine(mentor.user(), mentor.profile(), menteeKey, profile))
                    .as("%s and %s in one reporting line", mentor.user(), menteeKey).isFalse();
            assertThat(exclusions).noneMatch(exclusion -> exclusion.concerns(mentor.user(), menteeKey));
            if (program.type() == ProgramType.REVERSE) {
                assertThat(mentor.profile().careerLevel()).isLessThan(profile.careerLevel());
            }
        }
    }
}
