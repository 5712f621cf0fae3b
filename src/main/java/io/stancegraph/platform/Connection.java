package io.stancegraph.platform;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The parts every Relay connection shares: one page of a list, read as the connection is made, and the length of
 * the whole list, counted only when a client asks for it.
 */
public abstract class Connection<T> {

    @Ignore
    protected final Page<T> page;
    @Ignore
    private final Listing<T> list;

    protected Connection(PageRequest request, Listing<T> list) {
        this.page = list.page(request);
        this.list = list;
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
        return (int) Math.min(Integer.MAX_VALUE, list.count());
    }
}
