package io.stancegraph.platform;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page sits in its list (Relay cursor connections).")
public record PageInfo(
        @NonNull @Description("Whether items follow this page.") boolean hasNextPage,
        @NonNull @Description("Whether items precede this page.") boolean hasPreviousPage,
        @Description("Cursor of the first item of the page.") String startCursor,
        @Description("Cursor of the last item of the page; pass it as `after` for the next page.") String endCursor) {
}
