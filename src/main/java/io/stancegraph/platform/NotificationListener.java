package io.stancegraph.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.util.function.Function;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * This replica's ear for {@link Notifications}: one connection of its own (outside the pool, which would hand it to
 * other work) LISTENs on every channel and passes each notice's ids to this replica's subscribers. When the
 * connection is lost it connects again; notices sent meanwhile are missed, as subscribers of a live feed expect.
 */
@Startup
@ApplicationScoped
public class NotificationListener {

    private static final Logger LOG = Logger.getLogger(NotificationListener.class);
    private static final List<String> CHANNELS = List.of(Notifications.STATEMENT_ADDED, Notifications.POSITION_CHANGED);

    private final String url;
    private final Vertx vertx;
    private final Properties credentials = new Properties();
    private final Map<String, BroadcastProcessor<List<Long>>> channels = Map.of(
            Notifications.STATEMENT_ADDED, BroadcastProcessor.create(),
            Notifications.POSITION_CHANGED, BroadcastProcessor.create());
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean listening;

    public NotificationListener(@ConfigProperty(name = "stancegraph.notifications.jdbc-url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password, Vertx vertx) {
        this.url = url;
        this.vertx = vertx;
        user.ifPresent(value -> credentials.setProperty("user", value));
        password.ifPresent(value -> credentials.setProperty("password", value));
        credentials.setProperty("ApplicationName", "stancegraph-listener");
        thread = new Thread(this::listen, "stancegraph-notification-listener");
        thread.setDaemon(true);
        thread.start();
    }

    /** The ids each notice on the channel carries, from now on. */
    public Multi<List<Long>> ids(String channel) {
        BroadcastProcessor<List<Long>> processor = channels.get(channel);
        if (processor == null) {
            throw new IllegalArgumentException("No such channel: " + channel);
        }
        // A subscriber busy reading records gets the notices that arrive meanwhile after it.
        return processor.onOverflow().buffer(1000);
    }

    /**
     * The records each notice on the channel names, as {@code read} finds them (in a transaction of its own, on a
     * worker thread), delivered on the subscriber's Vert.x context, where the resolvers of their fields expect to be
     * called. A failed read is logged and skipped: the feed goes on.
     */
    public <T> Multi<T> records(String channel, Function<List<Long>, List<T>> read) {
        Context context = vertx.getOrCreateContext();
        return ids(channel).emitOn(Infrastructure.getDefaultWorkerPool()).onItem().transformToIterable(ids -> {
            try {
                return read.apply(ids);
            } catch (RuntimeException e) {
                LOG.warnf("Records %s of %s not sent to a subscriber: %s", ids, channel, e.toString());
                return List.<T>of();
            }
        }).emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    /** Whether the connection is LISTENing now. */
    public boolean listening() {
        return listening;
    }

    private void listen() {
        long backoff = 500;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, credentials)) {
                try (Statement statement = connection.createStatement()) {
                    for (String channel : CHANNELS) {
                        statement.execute("LISTEN " + channel);
                    }
                }
                listening = true;
                backoff = 500;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notices = pg.getNotifications(1000);
                    if (notices == null) {
                        continue;
                    }
                    for (PGNotification notice : notices) {
                        List<Long> ids = Notifications.ids(notice.getParameter());
                        BroadcastProcessor<List<Long>> processor = channels.get(notice.getName());
                        if (processor != null && !ids.isEmpty()) {
                            processor.onNext(ids);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    LOG.warnf("Listening for changes failed (%s); connecting again in %d ms", e.getMessage(), backoff);
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 30_000);
                }
            }
        }
        listening = false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        thread.interrupt();
        channels.values().forEach(BroadcastProcessor::onComplete);
    }
}
