package io.stancegraph.security;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import io.stancegraph.platform.InvalidInputException;

/**
 * The four roles. {@code admin} includes every other role; {@code editor} and {@code ingest} include {@code reader}
 * (see {@link RoleHierarchyAugmentor}).
 */
public final class Roles {

    /** Reads the record; needed only when reading is restricted ({@code GRAPHQL_READ_ACCESS=readers}). */
    public static final String READER = "reader";
    /** Corrects and curates: actors, events, statements, topics, positions; merges actors. */
    public static final String EDITOR = "editor";
    /** Sends articles and curated records in. */
    public static final String INGEST = "ingest";
    /** Manages users and API tokens and reads the whole change log. */
    public static final String ADMIN = "admin";

    private static final Set<String> ALL = Set.of(READER, EDITOR, INGEST, ADMIN);

    private Roles() {
    }

    /** Roles given in a request, checked: each must be one of the four. */
    public static String checked(Iterable<String> roles, String field) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String role : roles) {
            String name = role == null ? "" : role.strip().toLowerCase(java.util.Locale.ROOT);
            if (!ALL.contains(name)) {
                throw new InvalidInputException("unknown role `" + name + "`; the roles are reader, editor, ingest and admin", field);
            }
            chosen.add(name);
        }
        if (chosen.isEmpty()) {
            throw new InvalidInputException("at least one role is needed", field);
        }
        return String.join(",", chosen);
    }

    /** The roles stored as a comma-separated list. */
    public static Set<String> parse(String stored) {
        return Arrays.stream(stored.split(",")).map(String::strip).filter(role -> !role.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
