package dev.charter.cli;

import dev.charter.runtime.ledger.LedgerCorruptedException;
import dev.charter.runtime.ledger.LedgerException;
import dev.charter.server.CharterServer;
import dev.charter.server.ConfigException;
import dev.charter.server.ServerConfig;
import dev.charter.server.SwapRefusedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code charter serve}: the HTTP decision server (docs/server.md). Every decision is recorded in
 * the ledger before it is answered; agents, reviewers and operators authenticate with bearer
 * tokens whose SHA-256 hashes the config lists. {@code --demo} serves the bundled fintech example
 * from a new temporary directory with fresh keys and tokens, and prints what to paste to try it.
 * Runs until interrupted (Ctrl-C, SIGTERM), then stops taking requests and closes the ledger.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve decisions over HTTP, recording each in a ledger; --demo for the bundled example.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--bundle", paramLabel = "FILE", description = "The signed bundle to serve.")
    private Path bundle;

    @Option(
            names = "--trust",
            paramLabel = "FILE",
            description = "The trust file the bundle (and later ones) must be signed by a key of.")
    private Path trust;

    @Option(names = "--facts", paramLabel = "FILE", description = "The fact snapshot (JSON).")
    private Path facts;

    @Option(
            names = "--ledger",
            paramLabel = "DIR",
            description = "The ledger every decision is recorded in (created if missing).")
    private Path ledger;

    @Option(names = "--key", paramLabel = "KEYFILE", description = "The private key that signs the ledger.")
    private Path key;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "server.json: tokens (as SHA-256), routes, timeouts, limits.")
    private Path config;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "Listen on this port instead of the config's (0: any free port).")
    private Integer port;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            defaultValue = "127.0.0.1",
            description = "The interface to listen on (default: ${DEFAULT-VALUE}).")
    private String host;

    @Option(
            names = "--archive",
            paramLabel = "DIR",
            description = "Where bundles and snapshots are kept by digest for replay (default: LEDGER.archive).")
    private Path archive;

    @Option(
            names = "--demo",
            description =
                    "Serve the bundled fintech example with a fresh ledger, key and tokens in a temporary directory.")
    private boolean demo;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        ServeDemo.Setup setup = demo ? demoSetup() : null;
        if (setup != null) {
            bundle = setup.bundle();
            trust = setup.trust();
            facts = setup.facts();
            ledger = setup.ledger();
            key = setup.key();
            config = setup.config();
        } else if (bundle == null
                || trust == null
                || facts == null
                || ledger == null
                || key == null
                || config == null) {
            throw new ParameterException(
                    spec.commandLine(), "give --bundle, --trust, --facts, --ledger, --key and --config (or --demo)");
        }
        ServerConfig settings = settings();
        CharterServer server = start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "charter-serve-shutdown"));
        String url = "http://" + host + ":" + server.port();
        out.printf("charter serve: listening on %s (ledger %s)%n", url, TerminalText.line(ledger.toString()));
        if (setup != null) {
            demoBanner(out, setup, url);
        }
        out.flush();
        server.join();
        return ExitStatus.OK;
    }

    private ServeDemo.Setup demoSetup() {
        try {
            return ServeDemo.prepare(Files.createTempDirectory("charter-serve-demo-"), port == null ? 8181 : port);
        } catch (IOException e) {
            throw new InputProblem("cannot prepare the demo directory (" + e.getMessage() + ")");
        }
    }

    private ServerConfig settings() {
        ServerConfig parsed;
        try {
            parsed = ServerConfig.parse(InputFiles.bytes(config));
        } catch (ConfigException e) {
            throw new InputProblem(config + ": " + e.getMessage());
        }
        return port == null ? parsed : parsed.withPort(port);
    }

    private CharterServer start(ServerConfig settings) {
        try {
            CharterServer.Builder builder = CharterServer.builder(
                            settings, ledger, LedgerArguments.key(key), LedgerArguments.trust(trust))
                    .bundle(InputFiles.bytes(bundle))
                    .facts(InputFiles.bytes(facts))
                    .host(host);
            if (archive != null) {
                builder.archive(archive);
            }
            return builder.start();
        } catch (SwapRefusedException e) {
            throw new InputProblem(TerminalText.line(e.getMessage()));
        } catch (LedgerCorruptedException e) {
            throw LedgerArguments.damaged(ledger, e);
        } catch (LedgerException e) {
            throw new InputProblem(ledger + ": " + e.getMessage());
        } catch (IOException e) {
            throw new InputProblem("cannot start the server: " + e.getMessage());
        } catch (Exception e) {
            throw new InputProblem(
                    "cannot start the server (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private static void demoBanner(PrintWriter out, ServeDemo.Setup setup, String url) {
        out.println();
        out.println("Demo: the fintech lending constitution, a fresh ledger and fresh tokens in " + setup.workspace());
        out.println("Review page:    " + url + "/review   (reviewer " + ServeDemo.REVIEWER + ", route senior_ops)");
        out.println("API document:   " + url + "/openapi.json");
        out.println();
        out.println("Tokens (shown once; server.json keeps only their SHA-256):");
        out.println("export CHARTER_URL=" + url);
        out.println("export CHARTER_AGENT_TOKEN=" + setup.agentToken());
        out.println("export CHARTER_REVIEWER_TOKEN=" + setup.reviewerToken());
        out.println("export CHARTER_OPERATOR_TOKEN=" + setup.operatorToken());
        out.println();
        out.println("Ask for a decision (a 500.00 payment; 15000.00 escalates to senior_ops):");
        out.println("curl -s -H \"Authorization: Bearer " + setup.agentToken()
                + "\" -H 'Content-Type: application/json' "
                + url + "/v1/decide -d '{\"agent\":\"" + ServeDemo.AGENT + "\",\"action\":\"initiate_payment\","
                + "\"request\":{\"amount\":\"500.00\",\"destination\":\"external-account\"},"
                + "\"context\":{\"identity_verified\":true,\"account_status\":\"active\",\"market_halted\":false},"
                + "\"time\":\"2026-04-14T11:43:10Z\",\"chain\":[\"orchestrator\",\"" + ServeDemo.AGENT + "\"]}'");
        out.println();
        out.println("The Python agent: python3 examples/clients/agent.py   (after the exports above)");
        out.println("Ctrl-C stops the server; the ledger stays in " + setup.ledger());
    }

    private static void close(CharterServer server) {
        try {
            server.close();
        } catch (IOException e) {
            System.err.println("charter serve: " + e.getMessage());
        }
    }
}
