package org.mentorhub.domain;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Free text plus tags, e.g. a participant's interests. Tags are trimmed and lower-cased so that
 * "Kotlin" and "kotlin " match.
 */
public record TaggedText(String text, Set<String> tags) {
    public static final TaggedText EMPTY = new TaggedText(null, Set.of());
    private static final int MAX_TAGS = 30;
    private static final int MAX_TAG_LENGTH = 40;

    public TaggedText {
        tags = Copies.set(tags).stream().map(tag -> tag.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        FieldErrors.builder()
                .optionalText("text", text, 2000)
                .maxSize("tags", tags, MAX_TAGS)
                .check(tags.stream().noneMatch(String::isEmpty), "tags", "mentorhub.validation.required")
                .check(tags.stream().allMatch(tag -> tag.length() <= MAX_TAG_LENGTH), "tags", "mentorhub.validation.tooLong", MAX_TAG_LENGTH)
                .throwIfAny();
    }
}
