package org.mentorhub.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.MentorLoad;
import org.mentorhub.domain.PairExclusion;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingRules;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.TrainingMaterial;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.MatchingDecisionStore;
import org.mentorhub.port.PairingStore;
import org.mentorhub.port.ParticipantStore;
import org.mentorhub.port.TrainingStore;

/**
 * Everything a pairing must satisfy to be made or accepted: eligible people, a trained mentor where the
 * program requires training, room within the mentor's capacity, no clash with other pairings, and a pair
 * nobody excluded or declined before. Runs inside the caller's transaction.
 */
final class PairingGate {
    private final ParticipantStore participants;
    private final PairingStore pairings;
    private final TrainingStore training;
    private final MatchingDecisionStore decisions;

    PairingGate(ParticipantStore participants, PairingStore pairings, TrainingStore training, MatchingDecisionStore decisions) {
        this.participants = participants;
        this.pairings = pairings;
        this.training = training;
        this.decisions = decisions;
    }

    void requireFits(Program program, Pairing pairing) {
        Map<UserKey, Participant> people = participants.findAll(program.id(), pairing.members()).stream()
                .collect(Collectors.toMap(Participant::user, Function.identity()));
        Participant mentor = people.get(pairing.mentor());
        List<Participant> mentees = pairing.mentees().stream().map(people::get).filter(Objects::nonNull).toList();
        FieldErrors.Builder missing = FieldErrors.builder().check(mentor != null, "mentor", "mentorhub.pairing.notAMentor", pairing.mentor());
        pairing.mentees().stream().filter(mentee -> !people.containsKey(mentee))
                .forEach(mentee -> missing.add("mentees", "mentorhub.pairing.notAMentee", mentee));
        missing.throwIfAny();

        PairingRules.requireEligible(program, mentor, mentees);
        boolean trained = TrainingMaterial.trainedFor(program, ParticipantRole.MENTOR,
                training.listMaterials(program.id()), training.completions(program.id(), mentor.user()));
        if (!trained) {
            throw new ConflictException("mentorhub.pairing.mentorNotTrained", mentor.user());
        }
        requireNotExcluded(program, pairing);
        List<Pairing> involved = pairings.listInvolving(program.id(), pairing.members());
        MentorLoad.of(mentor, involved).requireRoomFor(pairing.mentees().size());
        PairingRules.requireNoClash(program, pairing, involved);
    }

    private void requireNotExcluded(Program program, Pairing pairing) {
        for (PairExclusion exclusion : decisions.exclusionsOf(program.id(), pairing.mentor())) {
            if (pairing.isMentee(exclusion.mentee())) {
                throw new ConflictException(exclusion.reason() == PairExclusion.Reason.DECLINED
                        ? "mentorhub.pairing.declinedBefore" : "mentorhub.pairing.excluded", pairing.mentor(), exclusion.mentee());
            }
        }
    }
}
