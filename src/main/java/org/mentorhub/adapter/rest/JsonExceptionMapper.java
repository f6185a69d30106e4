package org.mentorhub.adapter.rest;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/**
 * Turns Jackson's failures to read a request body into a 400 that says what is wrong and where
 * ({@code errors} is keyed by the JSON path, e.g. {@code goals[2].dueDate}). Failures that are not the caller's
 * (a DTO Jackson cannot build, a response it cannot write) are server faults and answered as such.
 *
 * <p>One subclass per Jackson exception type, because JAX-RS picks the mapper closest to the thrown type and
 * JSON providers bring their own mappers for {@link JsonParseException} and {@link JsonMappingException}.
 */
abstract class JsonExceptionMapper<E extends JsonProcessingException> implements ExceptionMapper<E> {
    static final String MALFORMED = "mentorhub.error.json.malformed";
    static final String UNREADABLE = "mentorhub.error.json.unreadable";
    static final String INVALID_VALUES = "mentorhub.error.json.invalidValues";
    static final String BODY_TYPE = "mentorhub.error.json.body";
    static final String FIELD_TYPE = "mentorhub.error.json.field.type";
    static final String FIELD_UNKNOWN = "mentorhub.error.json.field.unknown";
    static final String FIELD_RANGE = "mentorhub.error.json.field.range";
    static final String REQUIRED = "mentorhub.validation.required";
    static final String TYPE_PREFIX = "mentorhub.error.json.type.";
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, long.class, short.class, byte.class,
        Integer.class, Long.class, Short.class, Byte.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS = Set.of(double.class, float.class, Double.class, Float.class,
        BigDecimal.class);

    private final RestErrors errors;

    JsonExceptionMapper(RestErrors errors) {
        this.errors = errors;
    }

    @Override
    public Response toResponse(E exception) {
        if (exception instanceof JsonParseException parse) {
            JsonLocation location = parse.getLocation();
            return badRequest().message(MALFORMED, location == null ? "?" : String.valueOf(location.getLineNr()),
                location == null ? "?" : String.valueOf(location.getColumnNr())).build();
        }
        if (exception instanceof UnrecognizedPropertyException unknown) {
            return badRequest().field(path(unknown), FIELD_UNKNOWN, knownFields(unknown)).build();
        }
        if (exception instanceof MismatchedInputException missing && leftOut(missing)) {
            // A number or flag left out (or sent as null): say it is needed, not that it has the wrong type.
            return badRequest().field(path(missing), REQUIRED).build();
        }
        if (exception instanceof MismatchedInputException mismatch) {
            String expected = describe(mismatch.getTargetType());
            String path = path(mismatch);
            return (path.isEmpty() ? badRequest().message(BODY_TYPE, expected)
                : badRequest().field(path, FIELD_TYPE, expected)).build();
        }
        if (exception instanceof JsonMappingException mapping && mapping.getCause() instanceof InputCoercionException range) {
            return badRequest().field(path(mapping), FIELD_RANGE, describe(range.getTargetType())).build();
        }
        if (exception instanceof ValueInstantiationException) {
            return badRequest().message(INVALID_VALUES).build();
        }
        if (exception instanceof JsonMappingException || exception instanceof JsonGenerationException) {
            return errors.unexpected(exception, Response.Status.INTERNAL_SERVER_ERROR);
        }
        // What is left is the reader refusing the input itself, e.g. nesting or strings beyond its limits.
        return badRequest().message(UNREADABLE).build();
    }

    private RestErrors.Builder badRequest() {
        return errors.status(Response.Status.BAD_REQUEST);
    }

    /** A number or flag the body left out or sent as null: the reader stood at a null or at the object's end. */
    private static boolean leftOut(MismatchedInputException mismatch) {
        Class<?> target = mismatch.getTargetType();
        if (target == null || !target.isPrimitive() || path(mismatch).isEmpty() || !(mismatch.getProcessor() instanceof JsonParser parser)) {
            return false;
        }
        JsonToken at = parser.currentToken();
        return at == JsonToken.VALUE_NULL || at == JsonToken.END_OBJECT;
    }

    /** The JSON path of the failing value: {@code goals[2].title}; empty for the body itself. */
    static String path(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String knownFields(UnrecognizedPropertyException unknown) {
        Collection<Object> known = unknown.getKnownPropertyIds();
        return known == null ? "" : known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    /** "a whole number", "true or false", "one of: MENTOR, MENTEE", "a value like 2025-03-31", ... */
    private String describe(Class<?> type) {
        if (type == null) {
            return type("any");
        }
        if (type == boolean.class || type == Boolean.class) {
            return type("boolean");
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return type("integer");
        }
        if (NUMBERS.contains(type)) {
            return type("number");
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return type("text");
        }
        if (type.isEnum()) {
            return errors.text(TYPE_PREFIX + "enum", Arrays.stream(type.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", ")));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return type("list");
        }
        return IsoTimeModule.example(type)
            .map(example -> errors.text(TYPE_PREFIX + "example", example))
            .orElseGet(() -> type("object"));
    }

    private String type(String name) {
        return errors.text(TYPE_PREFIX + name);
    }
}
