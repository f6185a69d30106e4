package org.mentorhub.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.MatchCriterion;
import org.mentorhub.domain.ParticipantRole;

class ColumnsTest {

    @Test
    void linesKeepAnyTextIncludingLineBreaksAndBackslashes() {
        List<String> texts = List.of("plain", "two\nlines", "back\\slash\\n not a break", "", "trailing\\");

        assertThat(Columns.lines(Columns.lines(texts))).isEqualTo(texts);
        assertThat(Columns.lines(List.of())).isNull();
        assertThat(Columns.lines((String) null)).isEmpty();
    }

    @Test
    void enumSetsAndMapsAreWrittenInDeclarationOrderAndReadBack() {
        assertThat(Columns.names(EnumSet.of(ParticipantRole.MENTEE, ParticipantRole.MENTOR))).isEqualTo("MENTOR,MENTEE");
        assertThat(Columns.enumSet(ParticipantRole.class, "MENTOR,MENTEE")).containsExactly(ParticipantRole.MENTOR, ParticipantRole.MENTEE);
        assertThat(Columns.names(EnumSet.noneOf(ParticipantRole.class))).isNull();
        assertThat(Columns.enumSet(ParticipantRole.class, null)).isEmpty();

        Map<MatchCriterion, Integer> weights = Map.of(MatchCriterion.DIVERSITY, 2, MatchCriterion.SKILLS, 10);
        assertThat(Columns.numbers(weights)).isEqualTo("SKILLS=10,DIVERSITY=2");
        assertThat(Columns.enumMap(MatchCriterion.class, "SKILLS=10,DIVERSITY=2")).isEqualTo(weights);
        assertThat(Columns.numbers(Map.<MatchCriterion, Integer>of())).isNull();
        assertThat(Columns.enumMap(MatchCriterion.class, null)).isEmpty();
    }

    @Test
    void instantsAreKeptToTheMillisecond() {
        Instant precise = Instant.parse("2025-03-03T09:00:00.123456789Z");

        assertThat(Columns.instant(Columns.millis(precise))).isEqualTo(Instant.parse("2025-03-03T09:00:00.123Z"));
        assertThat(Columns.millis(null)).isNull();
    }
}
