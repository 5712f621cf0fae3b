package io.stancegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.path.json.JsonPath;
import io.stancegraph.support.PrivatePostgres;

/**
 * The packaged service is killed (SIGKILL) while clients send it articles; started again on the same database,
 * it has kept every article it acknowledged, whole (with its statements), once, and nothing half-written: no
 * statement, speaker link, topic tag, position or event link left over from an ingestion that did not finish.
 * Sending an acknowledged article again returns the stored one.
 *
 * <p>Runs {@code target/quarkus-app/quarkus-run.jar} (built by {@code ./mvnw package}) as a child process against a
 * private PostgreSQL cluster (see {@link PrivatePostgres}); the service's output goes to
 * {@code target/ingestion-kill-it/}.
 */
@EnabledIf(value = "io.stancegraph.support.PrivatePostgres#available",
        disabledReason = "needs PostgreSQL server binaries: apt-get install postgresql, or set PG_BIN")
class IngestionKillIT {

    private static final Path BASEDIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private static final Path JAR = BASEDIR.resolve("target/quarkus-app/quarkus-run.jar");
    private static final Path OUTPUT = BASEDIR.resolve("target/ingestion-kill-it");

    static final String ADMIN_TOKEN = "sg_it_admin_token_0123456789abcdef";
    private static final String OUTLET = "Test";
    private static final String PUBLISHED_ON = "2025-03-06";
    private static final int ARTICLES = 200;
    private static final int CLIENTS = 4;
    /** Acknowledged articles before the kill. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 30;
    private static final int RESENT_ACKNOWLEDGED = 5;

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    private static final Duration ACKNOWLEDGED_WITHIN = Duration.ofMinutes(4);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** A signal's exit status: 128 + 9 for SIGKILL. */
    private static final int KILLED = 128 + 9;

    /** HTTP/1.1: each client thread on a connection of its own, as separate clients would be. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** An article the service acknowledged: 201 (stored) or 200 (already stored). */
    record Ack(int index, int status, long articleId, int statementsExtracted) {
    }

    @Test
    void acknowledgedArticlesSurviveAKilledServiceWholeAndOnce() throws Exception {
        assertThat(JAR).as("the packaged application; build it with ./mvnw package").isRegularFile();
        Files.createDirectories(OUTPUT);
        List<String> articles = Articles.generate(ARTICLES);
        try (PrivatePostgres postgres = PrivatePostgres.create()) {
            // chosen once the database listens, so that the two can never be given the same free port
            int port = PrivatePostgres.freePort();
            log("%s", postgres);
            Map<Integer, Ack> acknowledged = new ConcurrentHashMap<>();
            Map<Integer, String> cutOff = new ConcurrentHashMap<>();
            Map<Integer, String> refused = new ConcurrentHashMap<>();

            try (Service first = Service.start(postgres, port, "first")) {
                createTopics(first);
                URI articlesUri = first.uri("/articles?outlet=" + OUTLET + "&publishedOn=" + PUBLISHED_ON);
                AtomicInteger next = new AtomicInteger();
                AtomicBoolean killed = new AtomicBoolean();
                AtomicInteger inFlight = new AtomicInteger();
                AtomicLong killedAt = new AtomicLong(Long.MAX_VALUE);
                long deadline = System.nanoTime() + ACKNOWLEDGED_WITHIN.toNanos();
                List<Thread> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    Thread client = new Thread(() -> {
                        for (int i = next.getAndIncrement(); i < articles.size() && !killed.get()
                                && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                            long sentAt = System.nanoTime();
                            inFlight.incrementAndGet();
                            Answer answer = post(articlesUri, articles.get(i));
                            inFlight.decrementAndGet();
                            if (answer.status() == 200 || answer.status() == 201) {
                                acknowledged.put(i, answer.ack(i));
                            } else if (answer.status() < 0 && sentAt < killedAt.get()) {
                                cutOff.put(i, answer.body());
                            } else if (answer.status() < 0) {
                                refused.put(i, answer.body());
                            } else {
                                throw new AssertionError("article " + i + " was refused: " + answer);
                            }
                        }
                    }, "article-client-" + c);
                    client.setDaemon(true);
                    clients.add(client);
                }
                List<Throwable> clientFailures = new ArrayList<>();
                clients.forEach(client -> client.setUncaughtExceptionHandler((thread, e) -> {
                    synchronized (clientFailures) {
                        clientFailures.add(e);
                    }
                }));
                long started = System.nanoTime();
                clients.forEach(Thread::start);

                while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline
                        && clients.stream().anyMatch(Thread::isAlive)) {
                    Thread.sleep(20);
                }
                assertThat(acknowledged).as("acknowledged articles within %s (client failures: %s)", ACKNOWLEDGED_WITHIN,
                        clientFailures).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
                log("%d articles acknowledged in %d ms; killing the service", acknowledged.size(),
                        Duration.ofNanos(System.nanoTime() - started).toMillis());

                killed.set(true);
                killedAt.set(System.nanoTime());
                int inFlightAtKill = inFlight.get();
                int exit = first.kill();
                for (Thread client : clients) {
                    client.join(REQUEST_TIMEOUT.toMillis() + 5_000);
                    assertThat(client.isAlive()).as("%s still running", client.getName()).isFalse();
                }
                assertThat(clientFailures).as("failures of the clients").isEmpty();
                assertThat(exit).as("exit status of the killed service (SIGKILL: %d)", KILLED).isEqualTo(KILLED);
                assertThat(first.output()).as("the killed service did not shut down gracefully")
                        .doesNotContain("stopped in");
                assertThat(cutOff).as("requests in flight when the service was killed").isNotEmpty();
                log("acknowledged %d, in flight at the kill %d, cut off by it %d %s, refused after it %d",
                        acknowledged.size(), inFlightAtKill, cutOff.size(), cutOff.keySet(), refused.size());
            }

            Map<Integer, Ack> acked = new TreeMap<>(acknowledged);
            assertThat(acked.values()).as("acknowledged articles that were new")
                    .isNotEmpty().allSatisfy(ack -> assertThat(ack.status()).isEqualTo(201))
                    .allSatisfy(ack -> assertThat(ack.statementsExtracted()).isPositive());

            try (Service second = Service.start(postgres, port, "second"); Connection db = postgres.connect()) {
                awaitSessionsOfTheKilledServiceGone(db);
                assertThat(inconsistencies(db)).as("inconsistencies after the kill and restart").isEmpty();

                // Every acknowledged article is stored once, whole, under the id the service gave.
                for (Ack ack : acked.values()) {
                    assertThat(articleCount(db, ack.index())).as("copies of article %d", ack.index()).isEqualTo(1);
                    assertThat(articleIdOf(db, ack.index())).as("id of article %d", ack.index())
                            .isEqualTo(ack.articleId());
                    assertThat(statementCount(db, ack.articleId())).as("statements of article %d (id %d)", ack.index(), ack.articleId())
                            .isEqualTo(ack.statementsExtracted());
                }
                // Nothing else was stored but what was in flight at the kill.
                int stored = testArticles(db);
                assertThat(stored).as("articles stored: the %d acknowledged and at most the %d cut off", acked.size(), cutOff.size())
                        .isBetween(acked.size(), acked.size() + cutOff.size());
                log("stored after the restart: %d articles (%d acknowledged, %d of %d cut off committed)", stored,
                        acked.size(), stored - acked.size(), cutOff.size());

                // Sending an acknowledged article again returns the stored one.
                URI articlesUri = second.uri("/articles?outlet=" + OUTLET + "&publishedOn=" + PUBLISHED_ON);
                List<Ack> resend = new ArrayList<>(acked.values());
                List<Ack> sample = new ArrayList<>();
                for (int k = 0; k < RESENT_ACKNOWLEDGED && !resend.isEmpty(); k++) {
                    sample.add(resend.remove(k % 2 == 0 ? resend.size() - 1 : 0));
                }
                for (Ack ack : sample) {
                    Answer again = post(articlesUri, articles.get(ack.index()));
                    assertThat(again.status()).as("article %d sent again: %s", ack.index(), again).isEqualTo(200);
                    assertThat(again.json().getLong("articleId")).as("article %d sent again", ack.index()).isEqualTo(ack.articleId());
                    assertThat(again.json().getBoolean("created")).isFalse();
                    assertThat(articleCount(db, ack.index())).isEqualTo(1);
                    assertThat(statementCount(db, ack.articleId())).isEqualTo(ack.statementsExtracted());
                }
                // A client retrying what the kill cut off gets the article stored once, whether or not it was committed.
                for (int index : new TreeMap<>(cutOff).keySet()) {
                    Long before = articleIdOf(db, index);
                    Answer retry = post(articlesUri, articles.get(index));
                    assertThat(retry.status()).as("article %d, cut off by the kill, sent again: %s", index, retry)
                            .isEqualTo(before == null ? 201 : 200);
                    if (before != null) {
                        assertThat(retry.json().getLong("articleId")).isEqualTo(before);
                    }
                    assertThat(articleCount(db, index)).isEqualTo(1);
                    assertThat(statementCount(db, retry.json().getLong("articleId"))).isPositive();
                }
                assertThat(testArticles(db)).as("articles stored after the retries").isEqualTo(acked.size() + cutOff.size());
                assertThat(inconsistencies(db)).as("inconsistencies after the retries").isEmpty();
                log("rows checked: %s", rowCounts(db));
            }
        }
    }

    /**
     * Topics with keywords the articles use, so ingestion tags statements and works out positions with evidence:
     * every table an ingestion writes is written.
     */
    private static void createTopics(Service service) throws IOException {
        String mutation = """
                mutation($slug: String!, $name: String!, $keyword: String!) {
                  createTopic(input: {slug: $slug, name: $name, keywords: [$keyword]}) { slug }
                }""";
        for (String[] topic : new String[][] { { "council-plans", "Council plans", "plan" },
                { "flood-defences", "Flood defences", "flood defences" }, { "bus-routes", "Bus routes", "bus routes" } }) {
            String body = new ObjectMapper().writeValueAsString(Map.of("query", mutation,
                    "variables", Map.of("slug", topic[0], "name", topic[1], "keyword", topic[2])));
            Answer answer = send(HttpRequest.newBuilder(service.uri("/graphql"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + ADMIN_TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(answer.status()).as("createTopic %s: %s", topic[0], answer).isEqualTo(200);
            assertThat(answer.json().getString("data.createTopic.slug")).as("createTopic %s: %s", topic[0], answer)
                    .isEqualTo(topic[0]);
        }
    }

    private static Map<String, Long> rowCounts(Connection db) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("article", "statement", "statement_speaker", "statement_topic", "actor", "actor_alias",
                "event", "event_article", "event_participant", "actor_position", "position_evidence", "tenure", "post")) {
            counts.put(table, count(db, "select count(*) from " + table));
        }
        return counts;
    }

    /**
     * The database notices the killed service's connections are gone and rolls back what they had begun; until
     * then their locks are held.
     */
    private static void awaitSessionsOfTheKilledServiceGone(Connection db) throws Exception {
        String sql = """
                select count(*) from pg_stat_activity
                where datname = current_database() and pid <> pg_backend_pid() and state like 'idle in transaction%'""";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long open = count(db, sql);
        while (open > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            open = count(db, sql);
        }
        assertThat(open).as("sessions idle in a transaction after the restart").isZero();
        assertThat(count(db, "select count(*) from pg_locks where locktype = 'advisory'"))
                .as("advisory locks held with no ingestion running").isZero();
        assertThat(count(db, "select count(*) from pg_prepared_xacts")).as("prepared transactions left behind").isZero();
    }

    /** What a finished ingestion never leaves behind, whether or not a constraint says so: name → rows found. */
    static Map<String, Long> inconsistencies(Connection db) throws SQLException {
        Map<String, String> checks = new LinkedHashMap<>();
        // Rows pointing at rows that are not there (foreign keys forbid them; checked all the same).
        checks.put("statements of a missing article",
                "select count(*) from statement s where not exists (select 1 from article a where a.id = s.article_id)");
        checks.put("statements of a missing event", """
                select count(*) from statement s
                where s.event_id is not null and not exists (select 1 from event e where e.id = s.event_id)""");
        checks.put("speaker links to a missing statement", """
                select count(*) from statement_speaker ss where not exists (select 1 from statement s where s.id = ss.statement_id)""");
        checks.put("speaker links to a missing actor", """
                select count(*) from statement_speaker ss where not exists (select 1 from actor a where a.id = ss.actor_id)""");
        checks.put("topic tags of a missing statement", """
                select count(*) from statement_topic st where not exists (select 1 from statement s where s.id = st.statement_id)""");
        checks.put("topic tags of a missing topic", """
                select count(*) from statement_topic st where not exists (select 1 from topic t where t.id = st.topic_id)""");
        checks.put("positions of a missing actor or topic", """
                select count(*) from actor_position p
                where not exists (select 1 from actor a where a.id = p.actor_id)
                   or not exists (select 1 from topic t where t.id = p.topic_id)""");
        checks.put("evidence of a missing position or statement", """
                select count(*) from position_evidence pe
                where not exists (select 1 from actor_position p where p.id = pe.position_id)
                   or not exists (select 1 from statement s where s.id = pe.statement_id)""");
        checks.put("event links to a missing event or article", """
                select count(*) from event_article ea
                where not exists (select 1 from event e where e.id = ea.event_id)
                   or not exists (select 1 from article a where a.id = ea.article_id)""");
        checks.put("participants of a missing event or actor", """
                select count(*) from event_participant ep
                where not exists (select 1 from event e where e.id = ep.event_id)
                   or not exists (select 1 from actor a where a.id = ep.actor_id)""");
        checks.put("aliases of a missing actor", """
                select count(*) from actor_alias aa where not exists (select 1 from actor a where a.id = aa.actor_id)""");
        checks.put("tenures of a missing actor or post", """
                select count(*) from tenure t
                where not exists (select 1 from actor a where a.id = t.actor_id)
                   or not exists (select 1 from post p where p.id = t.post_id)""");
        checks.put("posts of a missing organisation", """
                select count(*) from post p
                where p.organization_id is not null and not exists (select 1 from actor a where a.id = p.organization_id)""");
        // What no constraint enforces.
        checks.put("articles of this test without statements", """
                select count(*) from article a
                where a.outlet = 'Test' and not exists (select 1 from statement s where s.article_id = a.id)""");
        checks.put("extracted statements without a speaker", """
                select count(*) from statement s
                where s.origin = 'EXTRACTED' and not exists (select 1 from statement_speaker ss where ss.statement_id = s.id)""");
        checks.put("speaker links dated otherwise than their statement", """
                select count(*) from statement_speaker ss join statement s on s.id = ss.statement_id
                where ss.dated_on <> s.dated_on""");
        checks.put("statements whose span lies outside their article", """
                select count(*) from statement s join article a on a.id = s.article_id
                where s.span_end > char_length(a.body)""");
        checks.put("statements at an event not linked to their article", """
                select count(*) from statement s
                where s.event_id is not null
                  and not exists (select 1 from event_article ea where ea.event_id = s.event_id and ea.article_id = s.article_id)""");
        checks.put("events no article reports", """
                select count(*) from event e where not exists (select 1 from event_article ea where ea.event_id = e.id)""");
        checks.put("extractor positions without evidence", """
                select count(*) from actor_position p
                where p.assessor = 'extractor' and not exists (select 1 from position_evidence pe where pe.position_id = p.id)""");
        checks.put("topic tags of extracted statements without a stance", """
                select count(*) from statement_topic st join statement s on s.id = st.statement_id
                where s.origin = 'EXTRACTED' and st.stance is null""");
        checks.put("actors nothing refers to", """
                select count(*) from actor a
                where not exists (select 1 from statement_speaker ss where ss.actor_id = a.id)
                  and not exists (select 1 from event_participant ep where ep.actor_id = a.id)
                  and not exists (select 1 from actor_alias aa where aa.actor_id = a.id)
                  and not exists (select 1 from tenure t where t.actor_id = a.id)
                  and not exists (select 1 from post p where p.organization_id = a.id)
                  and not exists (select 1 from actor_position p where p.actor_id = a.id)""");
        checks.put("failed migrations", "select count(*) from flyway_schema_history where not success");

        Map<String, Long> found = new LinkedHashMap<>();
        for (Map.Entry<String, String> check : checks.entrySet()) {
            long rows = count(db, check.getValue());
            if (rows != 0) {
                found.put(check.getKey(), rows);
            }
        }
        return found;
    }

    private static int testArticles(Connection db) throws SQLException {
        return (int) count(db, "select count(*) from article where outlet = '" + OUTLET + "'");
    }

    /**
     * Stored articles of the generated article {@code index}, found by the phrase only it has (the service may
     * reshape the text it stores: headline, line breaks).
     */
    private static long articleCount(Connection db, int index) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "select count(*) from article where outlet = '" + OUTLET + "' and strpos(body, ?) > 0")) {
            select.setString(1, Articles.marker(index));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Long articleIdOf(Connection db, int index) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "select id from article where outlet = '" + OUTLET + "' and strpos(body, ?) > 0")) {
            select.setString(1, Articles.marker(index));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private static long statementCount(Connection db, long articleId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("select count(*) from statement where article_id = ?")) {
            select.setLong(1, articleId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Answer post(URI uri, String article) {
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "text/plain; charset=utf-8")
                .header("Accept", "application/json")
                .header("X-Requested-With", "test")
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(article, StandardCharsets.UTF_8)));
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

    private static void log(String format, Object... arguments) {
        System.out.println("[IngestionKillIT] " + String.format(format, arguments));
    }

    /** One HTTP answer; status -1 when there was none (refused, reset, timed out). */
    record Answer(int status, String body, Duration took) {

        JsonPath json() {
            return JsonPath.from(body);
        }

        Ack ack(int index) {
            JsonPath json = json();
            return new Ack(index, status, json.getLong("articleId"), json.getInt("statementsExtracted"));
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "…" : body;
            return "HTTP " + status + " after " + took.toMillis() + " ms: " + shown;
        }
    }

    /** The packaged service as a child process, its output in {@code target/ingestion-kill-it/service-<name>.log}. */
    static final class Service implements AutoCloseable {

        private final Process process;
        private final int port;
        private final Path log;

        private Service(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        /** Starts the service and waits until it reports itself ready. */
        static Service start(PrivatePostgres postgres, int port, String name) throws Exception {
            return start(postgres, port, name, Map.of());
        }

        /** With more environment variables for the service, e.g. settings under test. */
        static Service start(PrivatePostgres postgres, int port, String name, Map<String, String> settings) throws Exception {
            Path log = OUTPUT.resolve("service-" + name + ".log");
            Path workDir = OUTPUT.resolve("work-" + name);
            Files.createDirectories(workDir);
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString())
                    .directory(workDir.toFile())
                    .redirectOutput(log.toFile())
                    .redirectError(OUTPUT.resolve("service-" + name + ".err.log").toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(variable -> variable.startsWith("QUARKUS_") || variable.startsWith("DB_"));
            env.put("DB_URL", postgres.jdbcUrl());
            env.put("DB_USER", PrivatePostgres.USER);
            env.put("DB_PASSWORD", "");
            env.put("PORT", Integer.toString(port));
            env.put("SAMPLE_LOAD", "false");
            env.put("ADMIN_TOKEN", ADMIN_TOKEN);
            env.putAll(settings);
            long started = System.nanoTime();
            Service service = new Service(builder.start(), port, log);
            try {
                service.awaitReady(started);
            } catch (Exception | AssertionError e) {
                service.close();
                throw e;
            }
            return service;
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        private void awaitReady(long started) throws InterruptedException {
            long deadline = started + READY_WITHIN.toNanos();
            String last = "no answer yet";
            while (System.nanoTime() < deadline && process.isAlive()) {
                try {
                    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/q/health/ready"))
                            .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        log("service %s ready in %d ms (pid %d)", log.getFileName(),
                                Duration.ofNanos(System.nanoTime() - started).toMillis(), process.pid());
                        return;
                    }
                    last = "HTTP " + response.statusCode() + ": " + response.body();
                } catch (IOException e) {
                    last = e.toString();
                }
                Thread.sleep(250);
            }
            throw new AssertionError("The service was not ready within " + READY_WITHIN + " (alive: " + process.isAlive()
                    + ", last answer: " + last + "); its log ends:\n" + LogTail.of(log, 40));
        }

        /** SIGKILL, no shutdown: the exit status. */
        int kill() throws InterruptedException {
            ProcessHandle handle = process.toHandle();
            assertThat(handle.supportsNormalTermination())
                    .as("destroy() would be a graceful SIGTERM, so destroyForcibly() is SIGKILL").isTrue();
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the killed service exited").isTrue();
            assertThat(handle.isAlive()).isFalse();
            return process.exitValue();
        }

        String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }

        /** Shuts the service down gracefully, or kills it after 30 s. */
        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(30, TimeUnit.SECONDS);
                }
            }
        }
    }

    /** The end of a log file, for failure messages. */
    static final class LogTail {
        static String of(Path file, int lines) {
            try {
                List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
                return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
            } catch (IOException e) {
                return "(could not read " + file + ": " + e + ")";
            }
        }
    }

    /**
     * Short news articles, each with its own text, with quoted and reported speech of named speakers (who recur
     * across articles) at events (which recur too).
     */
    static final class Articles {

        private static final String[] FIRST = { "Jane", "Omar", "Priya", "Tomas", "Grace", "Henrik", "Amara", "Lucas",
                "Mei", "Daniel", "Sofia", "Kwame" };
        private static final String[] LAST = { "Doe", "Haddad", "Raman", "Novak", "Okafor", "Lindqvist", "Mensah",
                "Moreau", "Tanaka", "Brennan", "Costa", "Asante" };
        private static final String[] ROLES = { "the minister", "the mayor", "the council leader", "the health secretary",
                "the transport minister", "the opposition spokesman" };
        private static final String[] TOWNS = { "Ashford", "Barnsley", "Carlisle", "Dundee", "Exeter", "Falkirk",
                "Gloucester", "Hereford", "Ipswich", "Kendal" };
        /** Events several articles report, so concurrent ingestions find and link the same ones. */
        private static final String[] EVENTS = { "Transport Summit", "Housing Forum", "Budget Conference" };
        private static final String[] SUBJECTS = { "bus routes", "flood defences", "school meals", "housing repairs",
                "street lighting", "library hours", "cycle lanes", "hospital parking" };

        /** A phrase only the article {@code index} (from 0) has. */
        static String marker(int index) {
            return "its plan number " + (index + 1) + " for";
        }

        static List<String> generate(int count) {
            List<String> articles = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                String speaker = FIRST[n % FIRST.length] + " " + LAST[(n / FIRST.length) % LAST.length];
                String other = FIRST[(n + 5) % FIRST.length] + " " + LAST[(n + 7) % LAST.length];
                String role = ROLES[n % ROLES.length];
                String town = TOWNS[n % TOWNS.length];
                String subject = SUBJECTS[(n / 3) % SUBJECTS.length];
                articles.add("""
                        %1$s council sets out plan %2$d for %3$s

                        The council in %1$s published its plan number %2$d for %3$s on Thursday, after %4$d residents \
                        wrote to ask for it.

                        "We will act on plan %2$d before the winter," said %5$s, %6$s, speaking at the %1$s \
                        %9$s on Wednesday.

                        %7$s, who leads the opposition group, said the plan for %3$s would cost %8$d thousand pounds \
                        more than the council had promised.

                        "Residents of %1$s deserve better than plan %2$d," %7$s said.
                        """.formatted(town, n, subject, 100 + n * 7, speaker, role, other, 20 + n, EVENTS[n % EVENTS.length]));
            }
            return articles;
        }
    }
}
