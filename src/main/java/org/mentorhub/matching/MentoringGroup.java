package org.mentorhub.matching;

import java.util.List;

/** Group mentoring: one mentor and mentees with similar goals, each pair explained. */
public record MentoringGroup(String mentorId, List<ScoredPair> members, Message cohesion) {

    public MentoringGroup {
        members = List.copyOf(members);
    }
}
