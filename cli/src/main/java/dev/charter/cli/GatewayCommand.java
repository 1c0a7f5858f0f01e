package dev.charter.cli;

import dev.charter.gateway.Gateway;
import dev.charter.gateway.GatewayConfig;
import dev.charter.gateway.GatewayException;
import dev.charter.gateway.demo.DemoFilesystem;
import dev.charter.server.ConfigException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code charter gateway}: the MCP gateway (docs/integrations.md). Every tool call of an agent
 * goes through it to the upstream MCP servers of {@code gateway.json} only when the constitution
 * permits it (or a reviewer approves its escalation), and is recorded before it runs and after.
 * Standard output is the MCP stdio channel when the config has {@code "stdio"}, so everything
 * the command says goes to standard error. {@code --demo} serves the mcp-filesystem example
 * with a demo file server as upstream, over HTTP, from a new temporary directory. Runs until
 * the stdio client closes standard input or the process is interrupted.
 */
@Command(
        name = "gateway",
        mixinStandardHelpOptions = true,
        description = "Serve MCP in front of upstream MCP servers, deciding and recording every tool call;"
                + " --demo for the bundled file-server example.")
final class GatewayCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private CharterCommand charter;

    @Option(names = "--config", paramLabel = "FILE", description = "gateway.json (docs/integrations.md).")
    private Path config;

    @Option(
            names = "--http-port",
            paramLabel = "PORT",
            description = "Serve MCP over HTTP on this port instead of the config's (0: any free port).")
    private Integer httpPort;

    @Option(
            names = "--server-port",
            paramLabel = "PORT",
            description = "Serve the review page and escalation API on this port instead of the config's.")
    private Integer serverPort;

    @Option(
            names = "--demo",
            description = "Serve the mcp-filesystem example over HTTP, with a demo file server as upstream, from a"
                    + " new temporary directory.")
    private boolean demo;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream log = System.err;
        if (demo == (config != null)) {
            throw new ParameterException(spec.commandLine(), "give --config FILE or --demo");
        }
        DemoFilesystem upstream = null;
        GatewayDemo.Setup setup = null;
        Path file = config;
        if (demo) {
            try {
                Path workspace = Files.createTempDirectory("charter-gateway-demo-");
                upstream = DemoFilesystem.start(GatewayDemo.data(workspace), 0);
                setup = GatewayDemo.prepare(
                        workspace,
                        upstream.uri(),
                        httpPort == null ? 8282 : httpPort,
                        serverPort == null ? 8181 : serverPort);
                file = setup.config();
            } catch (Exception e) {
                closeQuietly(upstream, log);
                throw new InputProblem(
                        "cannot prepare the demo (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            }
        }
        GatewayConfig settings = settings(file);
        // The MCP stdio channel is this process's standard output: nothing else may write to it.
        PrintStream channel = System.out;
        if (settings.stdio().isPresent()) {
            System.setOut(System.err);
        }
        // The SDK logs every handshake at INFO; the gateway prints its own lines.
        System.setProperty("io.modelcontextprotocol.LEVEL", "WARN");
        Gateway gateway;
        try {
            gateway = Gateway.builder(settings)
                    .stdio(charter.input(), channel)
                    .log(log)
                    .version(CharterVersion.current())
                    .start();
        } catch (GatewayException e) {
            closeQuietly(upstream, log);
            throw new InputProblem(TerminalText.line(e.getMessage()));
        }
        DemoFilesystem demoUpstream = upstream;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            gateway.close();
                            closeQuietly(demoUpstream, log);
                        },
                        "charter-gateway-shutdown"));
        banner(log, settings, gateway, setup);
        gateway.join();
        return ExitStatus.OK;
    }

    private GatewayConfig settings(Path file) {
        GatewayConfig parsed;
        try {
            parsed = GatewayConfig.read(file);
        } catch (ConfigException e) {
            throw new InputProblem(file + ": " + TerminalText.line(e.getMessage()));
        }
        if (httpPort != null && !demo) {
            if (parsed.http().isEmpty()) {
                throw new InputProblem(file + ": --http-port needs an \"http\" member in the config");
            }
            parsed = parsed.withHttpPort(httpPort);
        }
        return serverPort != null && !demo ? parsed.withServerPort(serverPort) : parsed;
    }

    private static void banner(PrintStream log, GatewayConfig settings, Gateway gateway, GatewayDemo.Setup setup) {
        log.printf(
                "charter gateway: %d tool(s) from %d upstream(s); ledger %s%n",
                gateway.tools().size(),
                settings.upstreams().size(),
                TerminalText.line(settings.ledger().toString()));
        settings.stdio().ifPresent(s -> log.printf("charter gateway: MCP over stdio as agent %s%n", s.agent()));
        if (settings.http().isPresent()) {
            log.printf("charter gateway: MCP over HTTP at %s (an agent's bearer token)%n", gateway.mcpUri());
        }
        URI review = gateway.serverUri().resolve("/review");
        log.printf("charter gateway: review page at %s%n", review);
        if (setup != null) {
            log.println();
            log.println("Demo: examples/mcp-filesystem's constitution in front of a demo file server, in "
                    + setup.workspace());
            log.println("Shown to " + GatewayDemo.AGENT + ": the tools it can ever use; reads of /data/public/ run,"
                    + " writes wait for a reviewer, `..` is refused.");
            log.println("Tokens (shown once; gateway.json keeps only their SHA-256):");
            log.println("export CHARTER_MCP_URL=" + gateway.mcpUri());
            log.println("export CHARTER_AGENT_TOKEN=" + setup.agentToken());
            log.println("export CHARTER_REVIEWER_TOKEN=" + setup.reviewerToken() + "   # reviewer "
                    + GatewayDemo.REVIEWER + " at " + review);
            log.println("Config: " + setup.config() + "   Ctrl-C stops the gateway; the ledger stays there.");
        }
        log.flush();
    }

    private static void closeQuietly(DemoFilesystem upstream, PrintStream log) {
        if (upstream == null) {
            return;
        }
        try {
            upstream.close();
        } catch (IOException e) {
            log.println("charter gateway: " + e.getMessage());
        }
    }
}
