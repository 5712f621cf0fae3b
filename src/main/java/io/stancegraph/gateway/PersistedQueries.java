package io.stancegraph.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * GraphQL documents known by their SHA-256 (lowercase hex of the document's UTF-8 text, as Apollo's clients compute
 * it): the allow-list (the operations file and what admins registered) in memory, other documents clients registered
 * in PostgreSQL with the most recent in a bounded cache. A lookup costs at most one primary-key query.
 */
// Started with the service, so that an unreadable operations file stops it from starting.
@io.quarkus.runtime.Startup
@ApplicationScoped
public class PersistedQueries {

    private static final Logger LOG = Logger.getLogger(PersistedQueries.class);
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final boolean persistedOnly;
    private final int maxDocumentBytes;
    private final int maxStored;
    private final DataSource dataSource;
    private final Vertx vertx;
    /** The operations file and the documents admins registered that this replica has seen. */
    private final Map<String, String> allowList = new ConcurrentHashMap<>();
    private final Cache<String, String> registered;

    public PersistedQueries(
            @ConfigProperty(name = "stancegraph.graphql.persisted-only") boolean persistedOnly,
            @ConfigProperty(name = "stancegraph.graphql.persisted.max-document-bytes") int maxDocumentBytes,
            @ConfigProperty(name = "stancegraph.graphql.persisted.max-stored") int maxStored,
            @ConfigProperty(name = "stancegraph.graphql.persisted.cache-size") int cacheSize,
            @ConfigProperty(name = "stancegraph.graphql.persisted.operations") String operations,
            DataSource dataSource, Vertx vertx) {
        this.persistedOnly = persistedOnly;
        this.maxDocumentBytes = maxDocumentBytes;
        this.maxStored = maxStored;
        this.dataSource = dataSource;
        this.vertx = vertx;
        this.registered = Caffeine.newBuilder().maximumSize(cacheSize).build();
        allowList.putAll(readOperations(operations));
    }

    public boolean persistedOnly() {
        return persistedOnly;
    }

    public int maxDocumentBytes() {
        return maxDocumentBytes;
    }

    public static boolean isHash(String text) {
        return text != null && HASH.matcher(text).matches();
    }

    public static String sha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the document is on the allow-list this replica knows, without asking the database. */
    public boolean allowListed(String hash) {
        return allowList.containsKey(hash);
    }

    /**
     * The document with this hash, or null: in persisted-only mode only from the allow-list. Known documents are
     * answered from memory; otherwise one primary-key query, off the event loop.
     */
    public Future<String> find(String hash) {
        String known = allowList.get(hash);
        if (known == null && !persistedOnly) {
            known = registered.getIfPresent(hash);
        }
        if (known != null) {
            return Future.succeededFuture(known);
        }
        return vertx.executeBlocking(() -> select(hash), false);
    }

    /**
     * Stores a document whose hash the caller has checked; an admin's goes on the allow-list. Clients' documents
     * beyond the bound are pruned, oldest first.
     */
    public Future<Void> register(String hash, String document, String admin) {
        if (admin != null) {
            allowList.put(hash, document);
        } else {
            registered.put(hash, document);
        }
        return vertx.executeBlocking(() -> {
            insert(hash, document, admin);
            return null;
        }, false);
    }

    private String select(String hash) throws SQLException {
        String sql = persistedOnly ? "SELECT document, allow_listed FROM persisted_query WHERE hash = ? AND allow_listed"
                : "SELECT document, allow_listed FROM persisted_query WHERE hash = ?";
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, hash);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                String document = rows.getString(1);
                (rows.getBoolean(2) ? allowList : registered.asMap()).put(hash, document);
                return document;
            }
        }
    }

    private void insert(String hash, String document, String admin) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO persisted_query (hash, document, allow_listed, registered_by) VALUES (?, ?, ?, ?)
                    ON CONFLICT (hash) DO UPDATE SET allow_listed = true, registered_by = excluded.registered_by
                    WHERE excluded.allow_listed AND NOT persisted_query.allow_listed""")) {
                statement.setString(1, hash);
                statement.setString(2, document);
                statement.setBoolean(3, admin != null);
                statement.setString(4, admin);
                statement.executeUpdate();
            }
            if (admin == null) {
                try (PreparedStatement prune = connection.prepareStatement("""
                        DELETE FROM persisted_query WHERE hash IN (SELECT hash FROM persisted_query WHERE NOT allow_listed
                        ORDER BY created_at DESC OFFSET ?)""")) {
                    prune.setInt(1, maxStored);
                    int pruned = prune.executeUpdate();
                    if (pruned > 0) {
                        LOG.debugf("Pruned %d persisted queries beyond %d", pruned, maxStored);
                    }
                }
            }
        }
    }

    /** The operations file: a JSON object of SHA-256 → document, each hash checked. */
    private static Map<String, String> readOperations(String location) {
        if (location == null || location.isBlank()) {
            return Map.of();
        }
        String text;
        try {
            if (location.startsWith("classpath:")) {
                try (InputStream in = Thread.currentThread().getContextClassLoader()
                        .getResourceAsStream(location.substring("classpath:".length()))) {
                    if (in == null) {
                        return Map.of();
                    }
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } else {
                text = Files.readString(Path.of(location));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the persisted operations file " + location + ": " + e.getMessage(), e);
        }
        Map<String, String> operations = new ConcurrentHashMap<>();
        new JsonObject(text).forEach(entry -> {
            if (!(entry.getValue() instanceof String document) || !sha256(document).equals(entry.getKey())) {
                throw new IllegalStateException("The persisted operations file " + location + " has an entry whose key is not "
                        + "the SHA-256 of its document: " + entry.getKey());
            }
            operations.put(entry.getKey(), document);
        });
        LOG.infof("%d persisted operations from %s", operations.size(), location);
        return operations;
    }
}
