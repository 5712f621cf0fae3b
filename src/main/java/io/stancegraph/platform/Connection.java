package io.stancegraph.platform;

import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The parts every Relay connection shares. The total is counted only when a client asks for it, since
 * counting a large filtered list costs more than reading one page of it.
 */
public abstract class Connection<T> {

    @Ignore
    protected final Page<T> page;
    @Ignore
    private final LongSupplier total;

    protected Connection(Page<T> page, LongSupplier total) {
        this.page = page;
        this.total = total;
    }

    @NonNull
    @Description("Position of this page in the list.")
    public PageInfo getPageInfo() {
        return page.pageInfo();
    }

    @NonNull
    @Description("Number of items in the whole list, across pages.")
    public long getTotalCount() {
        return total.getAsLong();
    }
}
