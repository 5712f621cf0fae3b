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

    /**
     * Counts the whole list. Served by a {@code totalCount} resolver in each feature's API rather than a getter,
     * since getters run on the I/O thread, where the database may not be used.
     */
    @Ignore
    public int count() {
        // GraphQL's Int is 32-bit, as is Relay's totalCount.
        return (int) Math.min(Integer.MAX_VALUE, total.getAsLong());
    }
}
