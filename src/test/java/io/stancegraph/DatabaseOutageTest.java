package io.stancegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.stancegraph.support.PrivatePostgres;
import io.stancegraph.support.PrivatePostgresResource;

/**
 * The database goes away while clients read, and comes back. Meanwhile the service answers 503 with the GraphQL error
 * code {@code UNAVAILABLE} (no stack trace, no SQL) and reports itself not ready; once the database is back it answers
 * again and is ready, without a restart.
 *
 * <p>The service runs against a private PostgreSQL cluster (see {@link PrivatePostgres}) that the test stops with
 * {@code pg_ctl stop -m immediate}, as a crash would, and starts again on the same port and data directory.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.PrivateCluster.class)
@EnabledIf(value = "io.stancegraph.support.PrivatePostgres#available",
        disabledReason = "needs PostgreSQL server binaries: apt-get install postgresql, or set PG_BIN")
class DatabaseOutageTest {

    /** The service on a PostgreSQL cluster of its own, with the sample corpus. */
    public static class PrivateCluster implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PrivatePostgresResource.class));
        }
    }

    private static final String QUERY = "{ topics(first: 5) { totalCount nodes { slug } } }";
    private static final Duration UNAVAILABLE_WITHIN = Duration.ofSeconds(10);
    private static final Duration RECOVERED_WITHIN = Duration.ofSeconds(30);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final int CLIENTS = 3;
    /**
     * What an error answer must not show a client: stack frames, Java exception classes, SQL, driver and connection
     * details. (GraphQL's own classification names, such as DataFetchingException, are no leak.)
     */
    private static final Pattern LEAK = Pattern.compile(String.join("|",
            "\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(",
            "\\b[a-z][\\w$]*(\\.[\\w$]+)+(Exception|Error)\\b",
            "Caused by",
            "(?i:\\bselect\\b.+?\\bfrom\\b)",
            "(?i:\\binsert\\s+into\\b)",
            "(?i:\\bjdbc\\b)",
            "(?i:sqlstate)",
            "(?i:postmaster)",
            "org\\.postgresql|org\\.hibernate|io\\.agroal",
            "127\\.0\\.0\\.1"), Pattern.DOTALL);

    /** HTTP/1.1: each client thread on a connection of its own, as separate clients would be. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TestHTTPResource("/graphql")
    URI graphql;

    @TestHTTPResource("/q/health/ready")
    URI readiness;

    @Test
    void answersUnavailableWhileTheDatabaseIsDownAndRecoversWhenItIsBack() throws Exception {
        PrivatePostgres postgres = PrivatePostgresResource.current();
        assertThat(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class))
                .as("the service uses the private cluster").isEqualTo(postgres.jdbcUrl());

        // Migrated, with the sample corpus, and ready.
        Answer before = query();
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        assertThat(before.json().getList("errors")).as(before.toString()).isNull();
        assertThat(before.json().getInt("data.topics.totalCount")).as("sample topics").isPositive();
        assertThat(before.json().getList("data.topics.nodes.slug", String.class)).isNotEmpty();
        assertThat(ready().status()).isEqualTo(200);

        SoftAssertions contract = new SoftAssertions();
        ReadLoad load = new ReadLoad(graphql, CLIENTS);
        try {
            load.awaitAnswers(200, 3 * CLIENTS, Duration.ofSeconds(20));

            long stoppedAt = System.nanoTime();
            postgres.stop(PrivatePostgres.StopMode.IMMEDIATE);
            assertThat(postgres.isRunning()).isFalse();

            // While the database is down: 503 with UNAVAILABLE, and not ready.
            Answer down = poll(stoppedAt, UNAVAILABLE_WITHIN, this::query, answer -> answer.status() == 503);
            log("first answer after the stop (%s): %s", since(stoppedAt), down.summary());
            contract.assertThat(down.status()).as("status of a query while the database is down, within %s: %s",
                    UNAVAILABLE_WITHIN, down).isEqualTo(503);
            contract.assertThat(down.errorCode()).as("errors[0].extensions.code while the database is down: %s", down)
                    .isEqualTo("UNAVAILABLE");
            contract.assertThat(down.json() == null ? null : down.json().getString("errors[0].message"))
                    .as("error message while the database is down: %s", down).isNotBlank();
            contract.assertThat(down.body()).as("what a client sees while the database is down").doesNotContainPattern(LEAK);
            contract.assertThat(down.json() == null ? null : down.json().getMap("errors[0].extensions"))
                    .as("error extensions while the database is down: %s", down)
                    .doesNotContainKeys("exception", "stackTrace", "stacktrace");

            Answer notReady = poll(stoppedAt, UNAVAILABLE_WITHIN, this::ready, answer -> answer.status() == 503);
            log("readiness after the stop (%s): %s", since(stoppedAt), notReady.summary());
            assertThat(notReady.status()).as("readiness while the database is down, within %s: %s", UNAVAILABLE_WITHIN, notReady)
                    .isEqualTo(503);
            assertThat(notReady.json().getString("status")).isEqualTo("DOWN");

            // The database comes back on the same port: answers and readiness, without a restart of the service.
            long restartedAt = System.nanoTime();
            postgres.start();
            Answer recovered = poll(restartedAt, RECOVERED_WITHIN, this::query, DatabaseOutageTest::answered);
            log("first answer after the restart (%s): %s", since(restartedAt), recovered.summary());
            assertThat(answered(recovered)).as("a query within %s of the database's return: %s", RECOVERED_WITHIN, recovered)
                    .isTrue();
            assertThat(recovered.json().getInt("data.topics.totalCount")).isEqualTo(before.json().getInt("data.topics.totalCount"));
            assertThat(recovered.json().getList("data.topics.nodes.slug", String.class))
                    .isEqualTo(before.json().getList("data.topics.nodes.slug", String.class));

            Answer readyAgain = poll(restartedAt, RECOVERED_WITHIN, this::ready, answer -> answer.status() == 200);
            log("readiness after the restart (%s): %s", since(restartedAt), readyAgain.summary());
            assertThat(readyAgain.status()).as("readiness within %s of the database's return: %s", RECOVERED_WITHIN, readyAgain)
                    .isEqualTo(200);
            assertThat(readyAgain.json().getString("status")).isEqualTo("UP");

            long answeredBefore = load.answered();
            load.awaitAnswers(200, answeredBefore + 3 * CLIENTS, RECOVERED_WITHIN);
        } finally {
            load.close();
        }
        log("client answers: %s", load.outcomes());
        assertThat(load.outcomes()).as("the clients' answers").containsKey("200 data");
        contract.assertThat(load.outcomes().keySet()).as("what the clients got, by status (%s)", load.outcomes())
                .allMatch(outcome -> outcome.equals("200 data") || outcome.equals("503 UNAVAILABLE"));
        contract.assertAll();
    }

    private static boolean answered(Answer answer) {
        return answer.status() == 200 && answer.json() != null && answer.json().get("errors") == null
                && answer.json().get("data.topics.totalCount") != null;
    }

    private Answer query() {
        return send(HttpRequest.newBuilder(graphql)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(queryBody())));
    }

    private Answer ready() {
        return send(HttpRequest.newBuilder(readiness).GET());
    }

    private static String queryBody() {
        return "{\"query\": \"" + QUERY.replace("\"", "\\\"") + "\"}";
    }

    /**
     * Repeats a request until its answer is the one wanted or {@code within} has passed since {@code since} (but
     * sends it once at least); the last answer either way.
     */
    private static Answer poll(long since, Duration within, Supplier<Answer> request, Predicate<Answer> wanted)
            throws InterruptedException {
        long deadline = since + within.toNanos();
        int maxAttempts = (int) (within.toMillis() / POLL_INTERVAL.toMillis()) + 1;
        Answer answer = request.get();
        for (int attempt = 1; !wanted.test(answer) && attempt < maxAttempts && System.nanoTime() < deadline; attempt++) {
            Thread.sleep(POLL_INTERVAL.toMillis());
            answer = request.get();
        }
        return answer;
    }

    private static Answer send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            return new Answer(-1, e.toString(), Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis() + " ms";
    }

    private static void log(String format, Object... arguments) {
        System.out.println("[DatabaseOutageTest] " + String.format(format, arguments));
    }

    /** One HTTP answer; status -1 when there was none (refused, reset, timed out). */
    record Answer(int status, String body, Duration took) {

        JsonPath json() {
            if (status < 0 || body == null || !body.stripLeading().startsWith("{")) {
                return null;
            }
            try {
                return JsonPath.from(body);
            } catch (RuntimeException notJson) {
                return null;
            }
        }

        String errorCode() {
            JsonPath json = json();
            return json == null ? null : json.getString("errors[0].extensions.code");
        }

        /** What kind of answer it was: status, and whether it had data or which error code. */
        String outcome() {
            if (status < 0) {
                return "no answer: " + body.replaceAll(":.*", "");
            }
            JsonPath json = json();
            if (json == null) {
                return status + " not JSON";
            }
            if (json.get("errors") == null) {
                return status + (json.get("data") == null ? " no data" : " data");
            }
            return status + " " + errorCode();
        }

        String summary() {
            return outcome() + " in " + took.toMillis() + " ms";
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "…" : body;
            return "HTTP " + status + " after " + took.toMillis() + " ms: " + shown;
        }
    }

    /**
     * Clients sending the query over and over, each in a loop bounded in requests and time, until closed; counts
     * what they got by {@link Answer#outcome()}.
     */
    static final class ReadLoad implements AutoCloseable {

        private static final int MAX_REQUESTS_PER_CLIENT = 3000;
        private static final Duration MAX_RUN = Duration.ofMinutes(3);
        private static final Duration PAUSE = Duration.ofMillis(50);

        private final URI graphql;
        private final AtomicBoolean stop = new AtomicBoolean();
        private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        private final AtomicLong answered = new AtomicLong();
        private final List<Thread> threads = new ArrayList<>();

        ReadLoad(URI graphql, int clients) {
            this.graphql = graphql;
            long deadline = System.nanoTime() + MAX_RUN.toNanos();
            for (int i = 0; i < clients; i++) {
                Thread thread = new Thread(() -> run(deadline), "graphql-client-" + i);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
        }

        private void run(long deadline) {
            for (int i = 0; i < MAX_REQUESTS_PER_CLIENT && !stop.get() && System.nanoTime() < deadline; i++) {
                Answer answer = send(HttpRequest.newBuilder(graphql)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(queryBody())));
                outcomes.computeIfAbsent(answer.outcome(), key -> new LongAdder()).increment();
                if (DatabaseOutageTest.answered(answer)) {
                    answered.incrementAndGet();
                }
                try {
                    Thread.sleep(PAUSE.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long answered() {
            return answered.get();
        }

        /** Waits, at most {@code within}, until the clients have had {@code count} answers with data in all. */
        void awaitAnswers(int pollMillis, long count, Duration within) throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            while (answered.get() < count && System.nanoTime() < deadline) {
                Thread.sleep(pollMillis);
            }
            assertThat(answered.get()).as("answers with data to the clients within %s (%s)", within, outcomes())
                    .isGreaterThanOrEqualTo(count);
        }

        Map<String, Long> outcomes() {
            Map<String, Long> counts = new TreeMap<>();
            outcomes.forEach((outcome, count) -> counts.put(outcome, count.sum()));
            return counts;
        }

        @Override
        public void close() throws InterruptedException {
            stop.set(true);
            for (Thread thread : threads) {
                thread.join(REQUEST_TIMEOUT.toMillis() + 5_000);
            }
        }
    }
}
