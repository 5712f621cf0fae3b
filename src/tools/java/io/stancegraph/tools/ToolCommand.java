package io.stancegraph.tools;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import picocli.CommandLine.Option;

/** A subcommand of {@code stancegraph}: its results go to {@code out}, progress and problems to {@code err}. */
public abstract class ToolCommand implements Callable<Integer> {

    protected PrintStream out = System.out;
    protected PrintStream err = System.err;

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    void writeTo(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }
}
