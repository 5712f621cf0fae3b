package io.stancegraph.tools;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Option;

/** A subcommand of {@code stancegraph}: its results go to {@code out}, progress and problems to {@code err}. */
public abstract class ToolCommand implements Callable<Integer> {

    protected PrintStream out = System.out;
    protected PrintStream err = System.err;

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /**
     * Whether a measured figure reaches its floor (a floor not given always holds); a miss is printed as
     * {@code FAIL: <what> <value> < <floor>}, so that the command can exit with 1.
     */
    protected boolean reaches(String what, double value, Double floor) {
        if (floor == null || value >= floor) {
            return true;
        }
        out.printf(Locale.ROOT, "FAIL: %s %.3f < %.3f%n", what, value, floor);
        return false;
    }

    void writeTo(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }
}
