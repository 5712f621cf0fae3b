package io.stancegraph.platform;

import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A list a client pages through: read a page at a time, and counted only when a client asks how long it is, since
 * counting a large filtered list costs more than reading one page of it.
 */
public interface Listing<T> {

    Page<T> page(PageRequest request);

    long count();

    /** The list that {@code page} reads and {@code count} counts; neither runs before it is asked for. */
    static <T> Listing<T> of(Function<PageRequest, Page<T>> page, LongSupplier count) {
        return new Listing<>() {
            @Override
            public Page<T> page(PageRequest request) {
                return page.apply(request);
            }

            @Override
            public long count() {
                return count.getAsLong();
            }
        };
    }
}
