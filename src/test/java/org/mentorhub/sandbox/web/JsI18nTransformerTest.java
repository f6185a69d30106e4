package org.mentorhub.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JsI18nTransformerTest {
    private static final Map<String, String> BUNDLE = Map.of(
        "gadget.title", "MentorHub''s dashboard",
        "gadget.ofTotal", "{0} of {1}",
        "gadget.quote", "Say \"hi\"");

    private static String transform(String script) {
        return JsI18nTransformer.transform(script, BUNDLE::get);
    }

    @Test
    void aCallWithoutArgumentsBecomesTheFormattedText() {
        assertThat(transform("el.textContent = AJS.I18n.getText('gadget.title');"))
            .isEqualTo("el.textContent = \"MentorHub's dashboard\";");
    }

    @Test
    void aCallWithArgumentsBecomesAFormatOfThePattern() {
        assertThat(transform("AJS.I18n.getText(\"gadget.ofTotal\", done, total)"))
            .isEqualTo("AJS.format(\"{0} of {1}\", done, total)");
    }

    @Test
    void textsAreEscapedAsStringLiteralsAndWrmCallsAreTransformedToo() {
        assertThat(transform("WRM.I18n.getText( 'gadget.quote' )")).isEqualTo("\"Say \\\"hi\\\"\"");
    }

    @Test
    void anUnknownKeyStaysAsItsOwnTextAndOtherCodeIsUntouched() {
        assertThat(transform("x(AJS.I18n.getText('no.such.key')); I18n.getText(key); AJS.escapeHtml(s);"))
            .isEqualTo("x(\"no.such.key\"); I18n.getText(key); AJS.escapeHtml(s);");
    }
}
