package org.mentorhub.adapter.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code java.time} values as ISO-8601 strings ({@code "2025-03-31"}, {@code "2025-03-31T09:30:00Z"},
 * {@code "PT45M"}, {@code "P6M"}), written with {@code toString()} and read with each type's {@code parse}.
 *
 * <p>Our own few lines instead of jackson-datatype-jsr310: Jira provides jackson-databind to the plugin, but
 * whether it also exports the jsr310 module is not documented, and an embedded copy is tied to the databind
 * version it was built against, which the plugin does not control. This module uses only databind API that has
 * been stable since Jackson 2.6.
 */
public final class IsoTimeModule extends SimpleModule {
    private static final long serialVersionUID = 1L;
    private static final Map<Class<?>, String> EXAMPLES = new LinkedHashMap<>();

    static {
        EXAMPLES.put(Instant.class, "2025-03-31T09:30:00Z");
        EXAMPLES.put(OffsetDateTime.class, "2025-03-31T09:30:00+02:00");
        EXAMPLES.put(LocalDateTime.class, "2025-03-31T09:30:00");
        EXAMPLES.put(LocalDate.class, "2025-03-31");
        EXAMPLES.put(LocalTime.class, "09:30");
        EXAMPLES.put(Duration.class, "PT45M");
        EXAMPLES.put(Period.class, "P6M");
    }

    public IsoTimeModule() {
        super("MentorHubIsoTime", Version.unknownVersion());
        support(Instant.class, Instant::parse);
        support(OffsetDateTime.class, OffsetDateTime::parse);
        support(LocalDateTime.class, LocalDateTime::parse);
        support(LocalDate.class, LocalDate::parse);
        support(LocalTime.class, LocalTime::parse);
        support(Duration.class, Duration::parse);
        support(Period.class, Period::parse);
    }

    /** A valid value of {@code type} to show in error messages, if this module handles the type. */
    public static Optional<String> example(Class<?> type) {
        return Optional.ofNullable(EXAMPLES.get(type));
    }

    private <T> void support(Class<T> type, Function<String, T> parse) {
        addSerializer(type, ToStringSerializer.instance);
        addDeserializer(type, new IsoDeserializer<>(type, parse));
    }

    private static final class IsoDeserializer<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<String, T> parse;

        IsoDeserializer(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            String text = parser.getText().trim();
            try {
                return parse.apply(text);
            } catch (DateTimeParseException e) {
                return (T) context.handleWeirdStringValue(handledType(), text, "not ISO-8601");
            }
        }
    }
}
