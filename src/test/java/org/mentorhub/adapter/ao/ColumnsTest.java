package org.mentorhub.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorhub.domain.MatchCriterion;
import org.mentorhub.domain.ParticipantRole;

class ColumnsTest {

    @Test
    void linesKeepAnyTextIncludingLineBreaksAndBackslashes() {
        List<String> texts = List.of("plain", "two\nlines", "back\\slash\\n not a break", "", "trailing\\");

        assertThat(Columns.lines(Columns.lines(texts))).isEqualTo(texts);
        assertThat(Columns.lines(List.of())).isNull();
        assertThat(Columns.lines((String) null)).isEmpty();
        List<String> unescaped = List.of("a", "", "b c", "");
        assertThat(Columns.lines(Columns.lines(unescaped))).as("nothing escaped: split at the breaks alone").isEqualTo(unescaped);
        assertThat(Columns.lines(Columns.lines(List.of("")))).containsExactly("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-07", "0001-01-01", "9999-12-31", "+10000-01-01", "-0001-06-30", "2024-02-29"})
    void datesReadBackAsWrittenAlsoOutsideFourDigitYears(String iso) {
        LocalDate date = LocalDate.parse(iso);

        assertThat(Columns.date(Columns.date(date))).isEqualTo(date);
    }

    @Test
    void aDateThatIsNotOneFailsAsTheParserFails() {
        assertThatThrownBy(() -> Columns.date("2026-13-01")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Columns.date("2026-1x-01")).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P14D", "P0D", "P1M", "P2Y", "P1Y2M3D", "P-3D", "P2147483647D", "P999999999D"})
    void periodsReadBackAsWrittenWhateverTheirForm(String iso) {
        Period period = Period.parse(iso);

        assertThat(Columns.period(Columns.period(period))).isEqualTo(period);
    }

    @Test
    void weeksAreWrittenAndReadAsDays() {
        assertThat(Columns.period(Columns.period(Period.ofWeeks(2)))).isEqualTo(Period.ofDays(14));
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
