package dev.charter.cli;

import java.io.InputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code charter} command. It does nothing itself; each job is a subcommand class in this
 * package, registered by one line in {@code subcommands} below, listed in the order
 * {@code charter --help} shows them: author (check, diff, fmt, compile, keys, tools), decide (eval), audit (ledger,
 * replay), verify (test), then the demo, and the servers (serve, gateway).
 */
@Command(
        name = "charter",
        mixinStandardHelpOptions = true,
        versionProvider = CharterVersion.class,
        description = "Enforceable, provable and auditable constitutions for AI agents.",
        subcommands = {
            CheckCommand.class,
            DiffCommand.class,
            FmtCommand.class,
            CompileCommand.class,
            KeysCommand.class,
            ToolsCommand.class,
            EvalCommand.class,
            LedgerCommand.class,
            ReplayCommand.class,
            EscalationsCommand.class,
            TestCommand.class,
            DemoCommand.class,
            ServeCommand.class,
            GatewayCommand.class,
            HelpCommand.class,
        })
public final class CharterCommand implements Runnable {

    private final InputStream input;

    @Spec
    private CommandSpec spec;

    /** The command, reading what a subcommand reads from standard input ({@code -}) from {@code input}. */
    CharterCommand(InputStream input) {
        this.input = input;
    }

    /** Standard input, as this invocation was given it. */
    InputStream input() {
        return input;
    }

    /** {@code charter} alone is a usage error: say so and show the subcommands. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand");
    }
}
