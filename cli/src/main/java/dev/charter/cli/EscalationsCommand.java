package dev.charter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.charter.runtime.ledger.Ledger;
import dev.charter.runtime.ledger.LedgerContents;
import dev.charter.runtime.ledger.LedgerException;
import dev.charter.runtime.ledger.LedgerOptions;
import dev.charter.runtime.ledger.LedgerRecord;
import dev.charter.runtime.ledger.RecordKind;
import dev.charter.runtime.ledger.Resolution;
import dev.charter.runtime.ledger.ResolutionOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code charter escalations}: the decisions that escalated to a person, and their resolution.
 * An escalation's id is the sequence number of its decision record. Approving or denying appends
 * a signed resolution record, which an agent waiting on the escalation sees at once, even while
 * it keeps the ledger open.
 */
@Command(
        name = "escalations",
        mixinStandardHelpOptions = true,
        description = "List, show, approve or deny escalated decisions recorded in a ledger.",
        subcommands = {
            EscalationsCommand.ListOpen.class,
            EscalationsCommand.Show.class,
            EscalationsCommand.Approve.class,
            EscalationsCommand.Deny.class
        })
final class EscalationsCommand implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: list, show, approve or deny");
    }

    static JsonNode body(LedgerRecord record) {
        try {
            return JSON.readTree(record.body());
        } catch (IOException e) {
            throw new IllegalStateException("a ledger record's body is JSON", e);
        }
    }

    /** One line about an escalated decision: id, route, agent, action, request time. */
    static String summary(LedgerRecord record) {
        JsonNode body = body(record);
        JsonNode request = body.path("request");
        return String.format(
                "%-8d %-14s %-22s %-24s %s",
                record.seq(),
                TerminalText.line(body.path("decision").path("route").asText("-")),
                TerminalText.line(request.path("agent").asText("-")),
                TerminalText.line(request.path("action").asText("-")),
                TerminalText.line(request.path("time").asText("-")));
    }

    /** {@code charter escalations list DIR}. */
    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List the escalations waiting for a reviewer.")
    static final class ListOpen implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private LedgerDirectory directory;

        @Override
        public Integer call() {
            LedgerContents contents = directory.read();
            PrintWriter out = spec.commandLine().getOut();
            if (contents.openEscalations().isEmpty()) {
                out.println("no open escalations");
                return ExitStatus.OK;
            }
            out.println(String.format("%-8s %-14s %-22s %-24s %s", "ID", "ROUTE", "AGENT", "ACTION", "REQUESTED AT"));
            for (long seq : contents.openEscalations()) {
                out.println(summary(contents.record(seq).orElseThrow()));
            }
            out.printf(
                    "%d open escalation%s%n",
                    contents.openEscalations().size(),
                    contents.openEscalations().size() == 1 ? "" : "s");
            return ExitStatus.OK;
        }
    }

    /** {@code charter escalations show DIR ID}. */
    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Show an escalated decision and its resolution, if any.")
    static final class Show implements Callable<Integer> {

        private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

        @Spec
        private CommandSpec spec;

        @Mixin
        private LedgerDirectory directory;

        @Parameters(index = "1", paramLabel = "ID", description = "The escalation's id (its decision record's seq).")
        private long id;

        @Override
        public Integer call() throws IOException {
            LedgerContents contents = directory.read();
            LedgerRecord record = contents.record(id)
                    .filter(r -> r.kind() == RecordKind.DECISION
                            && "escalate"
                                    .equals(body(r).path("decision")
                                            .path("decision")
                                            .asText()))
                    .orElseThrow(
                            () -> new InputProblem(directory.path() + ": seq " + id + " is not an escalated decision"));
            PrintWriter out = spec.commandLine().getOut();
            Resolution resolution = contents.resolutions().get(id);
            out.printf(
                    "escalation %d: %s%n",
                    id,
                    TerminalText.line(
                            resolution == null
                                    ? "open"
                                    : (resolution.approved() ? "approved" : "denied") + " by " + resolution.reviewer()
                                            + " at " + resolution.recordedAt() + " (seq " + resolution.seq() + "): "
                                            + resolution.reason()));
            out.println(TerminalText.lines(PRETTY.writeValueAsString(body(record))));
            return ExitStatus.OK;
        }
    }

    /** What approve and deny share: the ledger, the escalation, the reviewer, the key. */
    abstract static class Resolve implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private LedgerDirectory directory;

        @Parameters(index = "1", paramLabel = "ID", description = "The escalation's id (its decision record's seq).")
        private long id;

        @Option(names = "--reviewer", required = true, paramLabel = "R", description = "Who decides.")
        private String reviewer;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, in the reviewer's words.")
        private String reason;

        @Mixin
        private LedgerKeyOption key;

        abstract ResolutionOutcome outcome();

        @Override
        public Integer call() throws IOException {
            if (reviewer.isBlank()) {
                throw new InputProblem("--reviewer: name who decides");
            }
            try (Ledger ledger = Ledger.open(directory.existing(), key.key(), LedgerOptions.defaults())) {
                LedgerRecord record = ledger.resolve(id, outcome(), reviewer, reason);
                spec.commandLine()
                        .getOut()
                        .printf(
                                "escalation %d %s by %s (resolution record seq %d)%n",
                                id,
                                outcome() == ResolutionOutcome.APPROVE ? "approved" : "denied",
                                TerminalText.line(reviewer),
                                record.seq());
                return ExitStatus.OK;
            } catch (LedgerException e) {
                spec.commandLine().getErr().println("charter: " + TerminalText.line(e.getMessage()));
                return ExitStatus.FAILED;
            }
        }
    }

    /** {@code charter escalations approve DIR ID --reviewer R --reason TEXT --key KEYFILE}. */
    @Command(
            name = "approve",
            mixinStandardHelpOptions = true,
            description = "Approve an escalation: record a signed resolution.")
    static final class Approve extends Resolve {
        @Override
        ResolutionOutcome outcome() {
            return ResolutionOutcome.APPROVE;
        }
    }

    /** {@code charter escalations deny DIR ID --reviewer R --reason TEXT --key KEYFILE}. */
    @Command(
            name = "deny",
            mixinStandardHelpOptions = true,
            description = "Deny an escalation: record a signed resolution.")
    static final class Deny extends Resolve {
        @Override
        ResolutionOutcome outcome() {
            return ResolutionOutcome.DENY;
        }
    }
}
