package org.mentorhub.matching;

import java.util.Map;
import java.util.Set;

/**
 * Diversity attributes a participant chose to share for matching, and which of them they would like to share with
 * their partner. Used only when the program allows it and both participants consented.
 */
public record DiversityProfile(boolean consented, Map<String, String> attributes, Set<String> wantedShared) {

    public static final DiversityProfile NOT_SHARED = new DiversityProfile(false, Map.of(), Set.of());

    public DiversityProfile {
        attributes = Map.copyOf(attributes);
        wantedShared = Set.copyOf(wantedShared);
    }
}
