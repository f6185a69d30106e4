package org.mentorhub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MatchingMessagesTest {

    @Test
    void bundle_shouldHoldEveryKeyTheEngineEmits() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/mentorhub-matching.properties")) {
            bundle.load(in);
        }

        Arrays.stream(Criterion.values()).forEach(c -> assertThat(bundle).containsKey(c.nameKey()));
        Arrays.stream(MatchingInputException.Problem.values())
                .forEach(p -> assertThat(bundle).containsKey(p.messageKey()));
        for (String suffix : new String[] {"self", "reporting.line", "reverse.level", "not.opted.in", "no.capacity", "training",
            "excluded", "declined"}) {
            assertThat(bundle).containsKey("mentorhub.match.blocked." + suffix);
        }
        for (String suffix : new String[] {"skills", "skills.none", "goals", "interests", "level", "level.reverse",
            "function.same", "function.different", "availability", "language", "language.none", "location.same",
            "location.different", "diversity", "diversity.not.applicable", "topic", "group"}) {
            assertThat(bundle).containsKey("mentorhub.match.reason." + suffix);
        }
    }
}
