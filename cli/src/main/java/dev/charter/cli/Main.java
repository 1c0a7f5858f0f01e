package dev.charter.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Entry point of the {@code charter} executable. Maps every outcome to an {@link ExitStatus}:
 * usage and input problems to 2 with a one-line message, defects to 3 without a stack trace.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        int status;
        try {
            status = run(System.in, out, err, args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            err.println("charter: internal error (" + e.getClass().getSimpleName()
                    + "); this is a bug in Charter, please report it with the command you ran");
            status = ExitStatus.INTERNAL;
        }
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs one {@code charter} invocation with the given streams; returns its exit status. */
    static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new CharterCommand(in))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ProblemReporter());
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitStatus.USAGE);
        return commandLine.execute(args);
    }

    /** Turns exceptions escaping a subcommand into one line for the user and an exit status. */
    private static final class ProblemReporter implements IExecutionExceptionHandler {

        @Override
        public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
            PrintWriter err = command.getErr();
            if (e instanceof InputProblem) {
                err.println("charter: " + TerminalText.line(e.getMessage()));
                return ExitStatus.USAGE;
            }
            err.println("charter: internal error (" + e.getClass().getSimpleName() + ": "
                    + TerminalText.line(e.getMessage())
                    + "); this is a bug in Charter, please report it with the command you ran");
            return ExitStatus.INTERNAL;
        }
    }
}
