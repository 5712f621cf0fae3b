package io.stancegraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own, run with the machine's server binaries ({@code initdb}, {@code pg_ctl}) in
 * a temporary directory: trust authentication, listening on 127.0.0.1 only, on a free port, with its Unix socket in
 * the temporary directory. Unlike the embedded server the other tests share, it can be stopped and started again
 * on the same port and data directory while the service keeps running, so tests can take the database away.
 *
 * <p>The binaries are those of the newest version under {@code /usr/lib/postgresql/<version>/bin}, or of the
 * directory named by the system property {@code pg.bin} or the environment variable {@code PG_BIN}. PostgreSQL
 * refuses to run as root; as root, the cluster runs as the {@code postgres} system user, through {@code runuser}.
 *
 * <p>{@link #close()} stops the cluster at once and deletes the directory; a shutdown hook does the same if the
 * test JVM exits without it.
 */
public final class PrivatePostgres implements AutoCloseable {

    /** How {@code pg_ctl stop} ends the server. */
    public enum StopMode {
        /** Disconnects clients, writes a checkpoint and shuts down cleanly. */
        FAST,
        /** Kills the server processes at once, as a crash would; the next start recovers from the WAL. */
        IMMEDIATE;

        String option() {
            return name().toLowerCase();
        }
    }

    public static final String USER = "postgres";
    public static final String DATABASE = "stancegraph";

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);

    private final Path pgBin;
    private final Path directory;
    private final Path dataDir;
    private final Path socketDir;
    private final Path serverLog;
    private final int port;
    private final boolean asPostgresUser;
    private final Thread shutdownHook;
    private boolean closed;

    private PrivatePostgres(Path pgBin, Path directory, int port, boolean asPostgresUser) {
        this.pgBin = pgBin;
        this.directory = directory;
        this.dataDir = directory.resolve("data");
        this.socketDir = directory.resolve("socket");
        this.serverLog = directory.resolve("server.log");
        this.port = port;
        this.asPostgresUser = asPostgresUser;
        this.shutdownHook = new Thread(this::stopQuietlyAndDelete, "private-postgres-cleanup");
    }

    /** Initialises a new cluster, starts it and creates the {@value #DATABASE} database in it. */
    public static PrivatePostgres create() {
        return create(DATABASE);
    }

    /** Initialises a new cluster, starts it and creates {@code database} in it. */
    public static PrivatePostgres create(String database) {
        Path pgBin = binDirectory();
        boolean root = isRoot();
        Path directory;
        try {
            directory = Files.createTempDirectory("stancegraph-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrivatePostgres postgres = new PrivatePostgres(pgBin, directory, freePort(), root);
        Runtime.getRuntime().addShutdownHook(postgres.shutdownHook);
        try {
            postgres.initialise();
            postgres.startServer();
            postgres.createDatabase(database);
            return postgres;
        } catch (RuntimeException | Error e) {
            postgres.close();
            throw e;
        }
    }

    /**
     * Whether the machine has PostgreSQL server binaries, or a directory of them is named: for
     * {@code @EnabledIf("io.stancegraph.support.PrivatePostgres#available")}, so tests that need a private cluster
     * are skipped, saying why, where there is none. A named directory without them fails those tests instead.
     */
    public static boolean available() {
        if (namedBinDirectory() != null) {
            return true;
        }
        try {
            binDirectory();
            return true;
        } catch (IllegalStateException | UncheckedIOException e) {
            System.err.println("Tests with a private PostgreSQL are skipped: " + e.getMessage());
            return false;
        }
    }

    private static String namedBinDirectory() {
        String named = System.getProperty("pg.bin");
        if (named == null || named.isBlank()) {
            named = System.getenv("PG_BIN");
        }
        return named == null || named.isBlank() ? null : named;
    }

    /** The directory of the server binaries this machine offers; the newest version unless one is named. */
    public static Path binDirectory() {
        String named = namedBinDirectory();
        if (named != null) {
            Path bin = Path.of(named);
            if (!Files.isExecutable(bin.resolve("initdb")) || !Files.isExecutable(bin.resolve("pg_ctl"))) {
                throw new IllegalStateException("No initdb and pg_ctl in " + bin + " (from pg.bin / PG_BIN)");
            }
            return bin;
        }
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
            return versions
                    .filter(version -> version.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparingDouble(bin -> Double.parseDouble(bin.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL server binaries under " + root
                            + "/<version>/bin; install them (Debian: apt-get install postgresql) or set PG_BIN"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDir;
    }

    public Path serverLog() {
        return serverLog;
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A new connection to {@code database} as {@value #USER}; the caller closes it. */
    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("connectTimeout", "10");
        // The driver straight away, not through DriverManager, which may not see it from every class loader.
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl(database), properties);
        if (connection == null) {
            throw new SQLException("The PostgreSQL driver did not accept " + jdbcUrl(database));
        }
        return connection;
    }

    public Connection connect() throws SQLException {
        return connect(DATABASE);
    }

    /** Starts the stopped server again, on the same port and data directory. */
    public synchronized void start() {
        checkOpen();
        if (isRunning()) {
            throw new IllegalStateException("The private PostgreSQL on port " + port + " is already running");
        }
        startServer();
    }

    public synchronized void stop(StopMode mode) {
        checkOpen();
        run(pgCtl("-D", dataDir.toString(), "-m", mode.option(), "-w", "-t", "60", "stop"), "pg_ctl stop");
    }

    /** Whether the server is up (its postmaster runs), as {@code pg_ctl status} says. */
    public synchronized boolean isRunning() {
        if (closed || !Files.exists(dataDir.resolve("postmaster.pid"))) {
            return false;
        }
        return execute(pgCtl("-D", dataDir.toString(), "status")).exitCode() == 0;
    }

    /** Stops the server at once if it runs, and deletes its directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        stopQuietlyAndDelete();
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run
        }
    }

    public void createDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a plain SQL identifier: " + database);
        }
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + " on port " + port, e);
        }
    }

    /** The end of the server's log, for failure messages. */
    public String serverLogTail(int lines) {
        return tail(serverLog, lines);
    }

    @Override
    public String toString() {
        return "PrivatePostgres[" + pgBin + ", port " + port + ", " + dataDir + (asPostgresUser ? ", as postgres" : "") + "]";
    }

    private void initialise() {
        try {
            Files.createDirectories(socketDir);
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (asPostgresUser) {
            run(List.of("chown", "-R", USER + ":", directory.toString()), "chown");
        }
        run(List.of("chmod", "700", dataDir.toString()), "chmod");
        run(asOwner(pgBin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", USER, "-A", "trust",
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"), "initdb");
        String settings = String.join("\n",
                "",
                "# Private test cluster",
                "port = " + port,
                "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = '" + socketDir + "'",
                "max_connections = 100",
                "shared_buffers = 128MB",
                // Only client processes and the server itself are killed in these tests, never the machine: the
                // WAL in the page cache is enough for crash recovery, and the tests run faster without fsync.
                "fsync = off",
                "full_page_writes = off",
                "jit = off",
                "log_min_messages = warning",
                "");
        try {
            Files.writeString(dataDir.resolve("postgresql.conf"), settings, StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startServer() {
        Result result = execute(pgCtl("-D", dataDir.toString(), "-l", serverLog.toString(), "-w", "-t", "60", "start"));
        if (result.exitCode() != 0) {
            throw new IllegalStateException("pg_ctl start failed (exit " + result.exitCode() + "): " + result.output()
                    + "\nserver log:\n" + serverLogTail(30));
        }
    }

    private void stopQuietlyAndDelete() {
        try {
            if (Files.exists(dataDir.resolve("postmaster.pid"))) {
                execute(pgCtl("-D", dataDir.toString(), "-m", "immediate", "-w", "-t", "60", "stop"));
            }
        } catch (RuntimeException e) {
            System.err.println("Could not stop the private PostgreSQL in " + dataDir + ": " + e);
        }
        deleteRecursively(directory);
    }

    private List<String> pgCtl(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(pgBin.resolve("pg_ctl").toString());
        command.addAll(List.of(arguments));
        return asOwner(command.toArray(String[]::new));
    }

    /** PostgreSQL refuses to run as root: as root, its commands run as the postgres system user. */
    private List<String> asOwner(String... command) {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", USER, "--"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("The private PostgreSQL has been closed");
        }
    }

    private record Result(int exitCode, String output) {
    }

    private void run(List<String> command, String what) {
        Result result = execute(command);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(what + " failed (exit " + result.exitCode() + "): " + String.join(" ", command)
                    + "\n" + result.output());
        }
    }

    /** Runs a command with its output in a file, so a server it starts cannot hold a pipe of ours open. */
    private Result execute(List<String> command) {
        Path output = null;
        try {
            output = Files.createTempFile("stancegraph-pg-command-", ".log");
            Process process = new ProcessBuilder(command)
                    .directory(Files.isDirectory(directory) ? directory.toFile() : null)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out after " + COMMAND_TIMEOUT + ": " + String.join(" ", command));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }

    private static boolean isRoot() {
        try {
            Process process = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String uid = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            process.waitFor(10, TimeUnit.SECONDS);
            return "0".equals(uid);
        } catch (IOException e) {
            return "root".equals(System.getProperty("user.name"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** A port nobody listens on now, on 127.0.0.1. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "(no " + file + ")";
            }
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(could not read " + file + ": " + e + ")";
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    System.err.println("Could not delete " + path + ": " + e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete " + root + ": " + e);
        }
    }
}
