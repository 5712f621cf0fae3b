package io.stancegraph.platform.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import jakarta.persistence.Query;

/**
 * A piece of SQL whose bound values travel with its text, so a statement assembled from pieces in any order binds
 * each value where it stands; and whose table aliases are named when the statement is rendered, so pieces built
 * apart never pick the same name. Text given as a {@code String} is SQL as written and never holds a value from a
 * request: values go in through {@link #value}.
 */
public final class Sql {

    /** A bound value. */
    private record Value(Object value) {
    }

    /** A table alias, named {@code <prefix><n>} in order of first appearance when rendered. */
    private static final class Alias {
        final String prefix;

        Alias(String prefix) {
            this.prefix = prefix;
        }
    }

    /** SQL text with the values to bind to its placeholders, in order. */
    public record Rendered(String text, List<Object> values) {

        /** Binds the values to a JPA native query rendered with {@link Sql#jpa()}. */
        public <Q extends Query> Q bind(Q query) {
            for (int i = 0; i < values.size(); i++) {
                query.setParameter(i + 1, values.get(i));
            }
            return query;
        }
    }

    public static final Sql EMPTY = new Sql(List.of());
    public static final Sql TRUE = of("true");

    private final List<Object> parts;

    private Sql(List<Object> parts) {
        this.parts = parts;
    }

    /** Text, fragments and aliases, one after the other. */
    public static Sql of(Object... parts) {
        List<Object> flat = new ArrayList<>(parts.length);
        for (Object part : parts) {
            if (part instanceof Sql sql) {
                flat.addAll(sql.parts);
            } else if (part instanceof String text) {
                flat.add(text);
            } else {
                throw new IllegalArgumentException("SQL is built from text and fragments; bind values with Sql.value: " + part);
            }
        }
        return new Sql(flat);
    }

    /** A bound value. */
    public static Sql value(Object value) {
        return new Sql(List.of(new Value(value)));
    }

    /** Bound values separated by commas, as in {@code in (…)}. */
    public static Sql values(Collection<?> values) {
        return join(values.stream().map(Sql::value).toList(), ", ");
    }

    /** A fresh table alias: every call names a different table, however many pieces use the same prefix. */
    public static Sql alias(String prefix) {
        return new Sql(List.of(new Alias(prefix)));
    }

    public static Sql join(Collection<Sql> pieces, String separator) {
        List<Object> joined = new ArrayList<>();
        for (Sql piece : pieces) {
            if (!joined.isEmpty()) {
                joined.add(separator);
            }
            joined.addAll(piece.parts);
        }
        return new Sql(joined);
    }

    /** All the conditions ({@code true} when there are none). */
    public static Sql and(Collection<Sql> conditions) {
        return conditions.isEmpty() ? TRUE : join(conditions, " and ");
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** With {@code ?} placeholders, for JDBC. */
    public Rendered jdbc() {
        return render(index -> "?");
    }

    /** With numbered placeholders ({@code ?1}), for JPA native queries; see {@link Rendered#bind}. */
    public Rendered jpa() {
        return render(index -> "?" + index);
    }

    private Rendered render(IntFunction<String> placeholder) {
        StringBuilder text = new StringBuilder();
        List<Object> values = new ArrayList<>();
        Map<Alias, String> names = new IdentityHashMap<>();
        for (Object part : parts) {
            if (part instanceof String piece) {
                text.append(piece);
            } else if (part instanceof Value value) {
                values.add(value.value());
                text.append(placeholder.apply(values.size()));
            } else {
                Alias alias = (Alias) part;
                text.append(names.computeIfAbsent(alias, key -> key.prefix + (names.size() + 1)));
            }
        }
        return new Rendered(text.toString(), values);
    }

    @Override
    public String toString() {
        return jdbc().text();
    }
}
