package org.mentorhub.adapter.rest;

import java.util.List;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.UserKey;
import org.mentorhub.service.MyPairing;

/** One of the caller's pairings: the pairing with its goal counts, its program's name, the caller's role and the other members. */
public record MyPairingDto(PairingDto pairing, String programName, ParticipantRole role, List<String> counterparts) {

    public static MyPairingDto from(MyPairing mine) {
        return new MyPairingDto(PairingDto.from(mine.pairing(), mine.goals(), mine.goalsDone()),
                mine.programName(), mine.role(), mine.counterparts().stream().map(UserKey::value).toList());
    }
}
