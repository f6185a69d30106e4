package org.mentorhub.service;

import org.mentorhub.domain.UserKey;
import org.mentorhub.matching.Explanation;

/**
 * A mentor (or, in just-in-time programs, an expert on the topic) offered to a mentee, with the places they have
 * left and why they rank where they do.
 */
public record MentorSuggestion(UserKey mentor, int freePlaces, Explanation explanation) {
}
