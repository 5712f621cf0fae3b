package io.stancegraph.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** One page of results, read with one row more than asked so the next page is known without counting. */
public record Page<T>(List<T> items, PageRequest request, boolean hasNextPage) {

    public static <T> Page<T> of(List<T> rowsPlusOne, PageRequest request) {
        boolean more = rowsPlusOne.size() > request.limit();
        List<T> items = more ? new ArrayList<>(rowsPlusOne.subList(0, request.limit())) : rowsPlusOne;
        return new Page<>(items, request, more);
    }

    public <E> List<E> edges(BiFunction<String, T, E> edge) {
        List<E> edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            edges.add(edge.apply(PageRequest.cursor(request.offset() + i), items.get(i)));
        }
        return edges;
    }

    public PageInfo pageInfo() {
        String start = items.isEmpty() ? null : PageRequest.cursor(request.offset());
        String end = items.isEmpty() ? null : PageRequest.cursor(request.offset() + items.size() - 1);
        return new PageInfo(hasNextPage, request.offset() > 0, start, end);
    }
}
