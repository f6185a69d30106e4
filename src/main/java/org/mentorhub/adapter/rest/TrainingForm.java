package org.mentorhub.adapter.rest;

import java.util.Set;
import org.mentorhub.domain.ParticipantRole;

/** The body of adding a training material; an absent {@code required} is false. */
public record TrainingForm(String title, String location, Set<ParticipantRole> audience, Boolean required) {
}
