package io.stancegraph.readpath;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.stancegraph.statement.StatementFilter;
import io.stancegraph.statement.StatementKind;
import io.stancegraph.statement.StatementOrder;

/**
 * A normalized query's argument values as the resolvers would receive them. A value the resolvers would reject is
 * {@link ReadCompiler.Unsupported}, so that their error is the one reported.
 */
final class ReadArguments {

    private static final Set<String> FILTER_FIELDS = Arrays.stream(StatementFilter.class.getRecordComponents())
            .map(component -> component.getName()).collect(Collectors.toUnmodifiableSet());

    private ReadArguments() {
    }

    /** The statement filter of a query's arguments. */
    static StatementFilter statementFilter(Object filter) {
        if (filter == null) {
            return StatementFilter.NONE;
        }
        if (!(filter instanceof Map<?, ?> fields)) {
            throw new ReadCompiler.Unsupported("filter");
        }
        for (Map.Entry<?, ?> entry : fields.entrySet()) {
            if (entry.getValue() != null && !FILTER_FIELDS.contains(String.valueOf(entry.getKey()))) {
                throw new ReadCompiler.Unsupported("filter " + entry.getKey());
            }
        }
        Object kinds = fields.get("kinds");
        if (kinds != null && !(kinds instanceof List<?>)) {
            throw new ReadCompiler.Unsupported("kinds");
        }
        return new StatementFilter(optionalId(fields.get("speaker")), optionalString(fields.get("speakerName")),
                optionalString(fields.get("topic")),
                kinds == null ? null : ((List<?>) kinds).stream().map(kind -> StatementKind.valueOf(String.valueOf(kind))).toList(),
                optionalDate(fields.get("from")), optionalDate(fields.get("to")), optionalId(fields.get("event")),
                optionalId(fields.get("article")), optionalString(fields.get("outlet")), optionalBoolean(fields.get("speakerDoubtful")));
    }

    private static Boolean optionalBoolean(Object value) {
        if (value != null && !(value instanceof Boolean)) {
            throw new ReadCompiler.Unsupported("speakerDoubtful");
        }
        return (Boolean) value;
    }

    private static Long optionalId(Object value) {
        return value == null ? null : id(value);
    }

    private static String optionalString(Object value) {
        return value == null ? null : value.toString();
    }

    private static LocalDate optionalDate(Object value) {
        return value == null ? null : value instanceof LocalDate date ? date : LocalDate.parse(value.toString());
    }

    static long id(Object value) {
        try {
            return Long.parseLong(string(value));
        } catch (NumberFormatException e) {
            throw new ReadCompiler.Unsupported("id"); // the resolver reports it
        }
    }

    static StatementOrder order(Object orderBy) {
        return StatementOrder.valueOf(String.valueOf(orderBy));
    }

    static String string(Object value) {
        if (value == null) {
            throw new ReadCompiler.Unsupported("missing argument");
        }
        return value.toString();
    }
}
