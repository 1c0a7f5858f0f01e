package dev.charter.guard.springai.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code charter.guard.*}: the constitution every Spring AI tool bean is guarded by.
 *
 * @param enabled            {@code false} turns the auto-configuration off (tools are then not guarded)
 * @param bundle             the signed bundle of the constitution (required)
 * @param trust              the trust file the bundle must be signed by a key of (required)
 * @param facts              the fact snapshot (JSON) for the constitution's input relations; none: empty
 * @param ledger             the ledger directory every decision and execution is recorded in
 *                           (created if missing); none: nothing is recorded, and an escalation is refused
 * @param ledgerKey          the private key file that signs the ledger (required with {@code ledger})
 * @param agent              the agent a tool call is made for when its tool context names none
 * @param escalationTimeout  how long a call waits for a reviewer before it is refused
 * @param onRefusal          what a refused call answers: the refusal text, or a {@code ToolRefusedException}
 * @param actionPrefix       when set, tool {@code t} is action {@code <prefix>.t}; otherwise the tool's name
 * @param actions            explicit action names for tools (tool name to action name), before the prefix rule
 */
@ConfigurationProperties("charter.guard")
public record CharterGuardProperties(
        @DefaultValue("true") boolean enabled,
        Path bundle,
        Path trust,
        Path facts,
        Path ledger,
        Path ledgerKey,
        String agent,
        @DefaultValue("5m") Duration escalationTimeout,
        @DefaultValue("return-text") Refusal onRefusal,
        String actionPrefix,
        Map<String, String> actions) {

    public CharterGuardProperties {
        actions = actions == null ? Map.of() : Map.copyOf(actions);
    }

    /** What a refused call answers. */
    public enum Refusal {
        /** The refusal text, as the tool's result, for the model to read. */
        RETURN_TEXT,
        /** A {@code ToolRefusedException}, which ends the chat call. */
        THROW
    }
}
