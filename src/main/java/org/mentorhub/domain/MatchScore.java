package org.mentorhub.domain;

import java.util.List;

/**
 * How well a mentor and mentee fit, as the matcher saw it when the pairing was made.
 *
 * @param value       0 (no fit) to 1 (perfect fit)
 * @param reasonKeys  i18n keys of the reasons, so the explanation can be shown in the reader's language
 * @param explanation the explanation as text, for Jira issues and audit
 */
public record MatchScore(double value, List<String> reasonKeys, String explanation) {
    public MatchScore {
        reasonKeys = Copies.list(reasonKeys);
        FieldErrors.builder()
                .check(value >= 0 && value <= 1, "matchScore.value", "mentorhub.validation.range", 0, 1)
                .maxSize("matchScore.reasonKeys", reasonKeys, 20)
                .optionalText("matchScore.explanation", explanation, 2000)
                .throwIfAny();
    }
}
