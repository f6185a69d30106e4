package org.mentorhub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTermsTest {

    private final TextTerms analysis = new TextTerms();

    @Test
    void terms_shouldStemAndDropStopWords() {
        assertThat(analysis.terms("Hiking and the Photography of mountains")).containsExactly("hike", "photographi", "mountain");
    }

    @Test
    void wordsByTerm_shouldGiveTheFirstWrittenWordOfEachStemInLowerCase() {
        assertThat(analysis.wordsByTerm("Photography, photographs; the Mentor's hikes and HIKING"))
                .containsEntry("photographi", "photography")
                .containsEntry("photograph", "photographs")
                .containsEntry("mentor", "mentor")
                .containsEntry("hike", "hikes")
                .hasSize(4);
    }
}
