package org.mentorhub.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Immutable copies for record components, treating an absent collection as an empty one. */
final class Copies {
    private Copies() {
    }

    static <T> List<T> list(Collection<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static <T> Set<T> set(Collection<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    static <K, V> Map<K, V> map(Map<K, V> values) {
        return values == null ? Map.of() : Map.copyOf(values);
    }
}
