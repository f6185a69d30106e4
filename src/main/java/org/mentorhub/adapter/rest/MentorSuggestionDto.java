package org.mentorhub.adapter.rest;

import org.mentorhub.service.MentorSuggestion;

/** A mentor (or just-in-time expert) suggested to the calling mentee, with the places they have left and why. */
public record MentorSuggestionDto(String mentor, int freePlaces, ExplanationDto explanation) {

    public static MentorSuggestionDto from(MentorSuggestion suggestion, RestErrors texts) {
        return new MentorSuggestionDto(suggestion.mentor().value(), suggestion.freePlaces(), ExplanationDto.from(suggestion.explanation(), texts));
    }
}
