package org.mentorhub.adapter.rest;

import java.util.List;

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
}
