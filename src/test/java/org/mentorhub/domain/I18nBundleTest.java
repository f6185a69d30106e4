package org.mentorhub.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core's message bundle and the keys the core uses stay in step. Adapters and the matcher keep
 * their own bundles, so only the core packages are read.
 */
class I18nBundleTest {
    private static final String BUNDLE = "/i18n/mentorhub-domain.properties";
    private static final Set<String> CORE_PACKAGES = Set.of("domain", "port", "service");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(mentorhub\\.[A-Za-z0-9_.]+)\"");

    @Test
    void everyKeyTheCoreUsesHasAText() throws IOException {
        assertThat(bundle().stringPropertyNames()).containsAll(keysInCode());
    }

    @Test
    void everyTextIsUsedByTheCore() throws IOException {
        assertThat(keysInCode()).containsAll(bundle().stringPropertyNames());
    }

    @Test
    void textsAreAsciiMessageFormatPatternsWithQuotesEscaped() throws IOException {
        byte[] raw;
        try (InputStream in = getClass().getResourceAsStream(BUNDLE)) {
            raw = in.readAllBytes();
        }
        assertThat(new String(raw, StandardCharsets.US_ASCII)).isEqualTo(new String(raw, StandardCharsets.UTF_8));
        Properties bundle = bundle();
        for (String key : bundle.stringPropertyNames()) {
            assertThat(bundle.getProperty(key).replace("''", "")).as(key).doesNotContain("'").isNotBlank();
        }
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundleTest.class.getResourceAsStream(BUNDLE)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> keysInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String corePackage : CORE_PACKAGES) {
            Path root = Path.of("src/main/java/org/mentorhub", corePackage);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(keys).isNotEmpty();
        return keys;
    }
}
