package org.mentorhub.adapter.rest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of every MentorHub REST error, in Jira's shape:
 * {@code {"errorMessages":["…"],"errors":{"field":"…"}}}. Both members are always present, possibly empty.
 *
 * @param errorMessages messages about the request as a whole
 * @param errors messages about single fields or parameters, keyed by their name (in request order)
 */
public record ErrorCollectionDto(List<String> errorMessages, Map<String, String> errors) {

    public ErrorCollectionDto {
        errorMessages = List.copyOf(errorMessages);
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }
}
