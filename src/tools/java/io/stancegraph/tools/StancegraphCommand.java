package io.stancegraph.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.stream.Stream;

import io.stancegraph.tools.synthetic.GenerateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bin/stancegraph}: the command-line tools around the service. Exit codes: 0 done, 1 failures or floors not
 * met, 2 bad usage.
 */
@Command(name = "stancegraph",
        description = "Stancegraph's command-line tools: extraction and its scores, imports into a running service, "
                + "benchmarks and synthetic data.",
        subcommands = { ExtractCommand.class, EvaluateCommand.class, ImportCommand.class, StanceAgreementCommand.class,
                ExtractionBenchmark.class, IngestionBenchmark.class, GenerateCommand.class, PersistedOperationsCommand.class },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:done", "1:failures, or a floor not met", "2:bad usage" })
public final class StancegraphCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    public static void main(String[] args) {
        System.exit(execute(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), args));
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }

    /** Runs one command line, writing to the given streams; returns the exit code. */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        return commandLine(out, err).execute(args);
    }

    /** Runs one subcommand with its arguments. */
    public static int executeSubcommand(PrintStream out, PrintStream err, String command, String[] args) {
        return execute(out, err, Stream.concat(Stream.of(command), Arrays.stream(args)).toArray(String[]::new));
    }

    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new StancegraphCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(StancegraphCommand::oneLine);
        commandLine.getSubcommands().values()
                .forEach(subcommand -> ((ToolCommand) subcommand.getCommand()).writeTo(out, err));
        return commandLine;
    }

    /** Files that cannot be read are the user's to fix: one line saying which, not a stack trace. */
    private static int oneLine(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) throws Exception {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (!(cause instanceof IOException)) {
            throw e;
        }
        String reason = cause instanceof NoSuchFileException missing ? "no such file: " + missing.getFile()
                : cause.getMessage();
        commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + reason);
        return 1;
    }
}
