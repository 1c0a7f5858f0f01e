package dev.charter.examples.agent;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Request;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** A reviewer at a terminal: shows the escalated request and waits for {@code y} or {@code n}. */
public final class ConsoleReviewer implements HumanReviewer {

    private final BufferedReader in;
    private final PrintStream out;

    public ConsoleReviewer(BufferedReader in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public boolean approve(Request request, Decision decision) {
        out.printf("%n[%s] %s asks to %s %s%n  because: %s%n  approve? [y/N] ", decision.route(), request.agent(),
                request.action(), request.parameters(), decision.reason());
        out.flush();
        try {
            String answer = in.readLine();
            // End of input is a refusal: an escalation nobody answered is not an approval.
            return answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
