package org.mentorhub.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Texts that count things say "1 month" and "6 months", never "month(s)", formatted as Jira formats them. */
class CountedTextsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        mentorhub-web-admin    | mentorhub.web.admin.months             | 1 | 1 month
        mentorhub-web-admin    | mentorhub.web.admin.months             | 6 | 6 months
        mentorhub-web-admin    | mentorhub.web.admin.days               | 1 | every day
        mentorhub-web-admin    | mentorhub.web.admin.days               | 14 | every 14 days
        mentorhub-web-people   | mentorhub.people.period.days           | 1 | 1 day
        mentorhub-web-people   | mentorhub.people.period.days           | 14 | 14 days
        mentorhub-web-people   | mentorhub.people.period.months         | 1 | 1 month
        mentorhub-web-people   | mentorhub.people.period.months         | 6 | 6 months
        mentorhub-web-people   | mentorhub.people.find.places           | 0 | no free place
        mentorhub-web-people   | mentorhub.people.find.places           | 1 | 1 free place
        mentorhub-web-people   | mentorhub.people.find.places           | 3 | 3 free places
        mentorhub-domain       | mentorhub.validation.failed            | 1 | The input has 1 error.
        mentorhub-domain       | mentorhub.validation.failed            | 2 | The input has 2 errors.
        mentorhub-matching     | mentorhub.match.reason.goals           | 1 | Goals match 1 area of expertise: java
        mentorhub-matching     | mentorhub.match.reason.goals           | 3 | Goals match 3 areas of expertise: java
        """)
    void countsReadAsWords(String bundle, String key, long count, String expected) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/" + bundle + ".properties")) {
            texts.load(in);
        }

        assertThat(new MessageFormat(texts.getProperty(key), Locale.ENGLISH).format(new Object[] {count, "java"})).isEqualTo(expected);
    }
}
