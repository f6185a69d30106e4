package org.mentorhub.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import javax.inject.Named;
import javax.ws.rs.ext.ContextResolver;
import javax.ws.rs.ext.Provider;

/**
 * The Jackson settings of MentorHub's REST API, picked up by the host's JSON provider. Strict on input, so a
 * client mistake is a 400 that names the field rather than a silently ignored or coerced value: unknown
 * fields, strings for numbers or booleans, numbers for enums and text, fractions for whole numbers, duplicate
 * keys and trailing content are all rejected, and so is a missing or null value for a primitive member (use a boxed
 * type for an optional number or flag) and a {@code null} inside a list or map (the core copies them with
 * {@code List.copyOf}, which takes no nulls). On output, {@code null} members are left out and {@code java.time}
 * values are ISO-8601 strings.
 */
@Named
@Provider
public class JsonMapperProvider implements ContextResolver<ObjectMapper> {
    private final ObjectMapper mapper = create();

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    static ObjectMapper create() {
        JsonMapper mapper = JsonMapper.builder()
            .addModule(new IsoTimeModule())
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
        for (CoercionInputShape scalar : new CoercionInputShape[] {
            CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        return mapper;
    }
}
