package io.stancegraph.platform;

import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A Relay connection whose edges hold a cursor and a node, and which lists the nodes on their own as well. A feature
 * names its connection and edge types; the descriptions of their fields follow from the node type
 * ({@link ConnectionDescriptions}).
 *
 * @param <T> the node type
 * @param <E> the edge type, made from a cursor and a node
 */
public abstract class NodeConnection<T, E> extends Connection<T> {

    @Ignore
    private final BiFunction<String, T, E> edge;

    protected NodeConnection(PageRequest request, Listing<T> list, BiFunction<String, T, E> edge) {
        super(request, list);
        this.edge = edge;
    }

    @NonNull
    public List<@NonNull E> getEdges() {
        return page.edges(edge);
    }

    @NonNull
    public List<@NonNull T> getNodes() {
        return page.items();
    }
}
