package org.mentorhub.adapter.rest;

import java.util.List;
import org.mentorhub.matching.Contribution;
import org.mentorhub.matching.Criterion;
import org.mentorhub.matching.Explanation;

/** Why a mentor and mentee scored what they did (0..100): each criterion's weight, similarity, points and reason. */
public record ExplanationDto(double score, List<ContributionDto> contributions) {

    /** @param name the criterion's display name in the caller's language */
    public record ContributionDto(Criterion criterion, String name, int weight, double similarity, double points, boolean applicable,
                                  MessageDto reason) {
    }

    public static ExplanationDto from(Explanation explanation, RestErrors texts) {
        return new ExplanationDto(explanation.score(), explanation.contributions().stream()
                .map(c -> contribution(c, texts))
                .toList());
    }

    private static ContributionDto contribution(Contribution c, RestErrors texts) {
        return new ContributionDto(c.criterion(), texts.text(c.criterion().nameKey()), c.weight(), c.similarity(), c.points(),
                c.applicable(), MessageDto.from(c.reason(), texts));
    }
}
