package org.mentorhub.adapter.rest;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, shaped like Jira's paged results:
 * {@code {"startAt":0,"maxResults":50,"total":123,"values":[…]}}.
 *
 * @param startAt index of the first value in the whole list
 * @param maxResults the page size used (after capping)
 * @param total how many values the whole list has
 */
public record PageDto<T>(int startAt, int maxResults, long total, List<T> values) {

    public PageDto {
        values = List.copyOf(values);
    }

    public static <T> PageDto<T> of(PageRequest request, long total, List<T> values) {
        return new PageDto<>(request.startAt(), request.maxResults(), total, values);
    }

    /** The requested page of a whole list the service returned, each value mapped to its DTO. */
    public static <S, T> PageDto<T> slice(PageRequest request, List<S> all, Function<S, T> toDto) {
        int from = Math.min(request.startAt(), all.size());
        int to = Math.min(all.size(), from + request.maxResults());
        return of(request, all.size(), all.subList(from, to).stream().map(toDto).toList());
    }
}
