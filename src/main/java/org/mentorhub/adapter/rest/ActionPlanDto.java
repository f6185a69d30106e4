package org.mentorhub.adapter.rest;

import java.util.List;
import org.mentorhub.domain.ActionPlan;

/** A pairing's action plan: its goals (by due date) with their milestones; complete once every goal is done. */
public record ActionPlanDto(String pairingId, boolean complete, List<GoalDto> goals) {

    public static ActionPlanDto from(ActionPlan plan) {
        return new ActionPlanDto(plan.pairingId().toString(), plan.isComplete(), plan.goals().stream()
                .map(goal -> GoalDto.from(goal, plan.milestonesOf(goal.id()).stream().map(MilestoneDto::from).toList()))
                .toList());
    }
}
