package dev.charter.server.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.server.EscalationState;
import dev.charter.server.EscalationView;
import dev.charter.server.Principal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The review page's HTML: the login form, and the page a signed-in reviewer sees (open
 * escalations newest first, each with its agent, action, arguments, matched rules, derivation,
 * waiting time and deadline, and a form to approve or deny it with a reason; then the latest
 * resolved ones with who resolved them and when). Plain forms, no script. Every value from
 * outside this class is escaped by {@link Html#text}.
 */
public final class ReviewPageRenderer {

    /** The page's only style sheet; its hash is what the Content-Security-Policy allows. */
    static final String STYLE = String.join(
            "\n",
            "body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:0 1rem 3rem;color:#1d2329}",
            "header{display:flex;justify-content:space-between;align-items:baseline;border-bottom:1px solid #ccd;margin-bottom:1rem}",
            "h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}h3{font-size:1.05rem;margin:0 0 .5rem}",
            "article{border:1px solid #ccd;border-radius:6px;padding:.8rem 1rem;margin:0 0 1rem}",
            "dl{display:grid;grid-template-columns:9rem 1fr;gap:.2rem .8rem;margin:.3rem 0}dt{color:#556}dd{margin:0}",
            "code,pre,.v{font-family:ui-monospace,monospace;font-size:.9em;overflow-wrap:anywhere}",
            "table{border-collapse:collapse}td,th{border:1px solid #dde;padding:.2rem .5rem;text-align:left;vertical-align:top}",
            "ul.proof{margin:.2rem 0;padding-left:1.2rem}.holds{color:#176b2c}.fails{color:#9b1c1c}",
            ".notice{background:#eef6ff;border:1px solid #9bc;padding:.5rem .8rem;border-radius:4px}",
            ".error{background:#fff0f0;border-color:#d99}",
            "textarea{width:100%;box-sizing:border-box;min-height:3rem}",
            "button{font:inherit;padding:.3rem 1rem;margin:.4rem .4rem 0 0}",
            ".approve{background:#1f7a3a;color:#fff;border:0}.deny{background:#a12a2a;color:#fff;border:0}",
            ".muted{color:#667}");

    /** The Content-Security-Policy of every review page: no script at all, this style sheet only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(STYLE)
            + "'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** How many resolved escalations the page lists. */
    static final int RESOLVED_SHOWN = 50;

    /** Nested proof nodes shown before the rest is summarised. */
    private static final int PROOF_DEPTH = 24;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewPageRenderer() {}

    /** What a signed-in reviewer's page shows. {@code notice} is null or a message about the last action. */
    public record Model(
            Principal.Reviewer reviewer,
            String csrf,
            Instant now,
            List<EscalationView> open,
            List<EscalationView> resolved,
            Notice notice) {
        public Model {
            open = List.copyOf(open);
            resolved = List.copyOf(resolved);
        }
    }

    /** A message shown once at the top of the page: the outcome of the reviewer's last action. */
    public record Notice(boolean error, String text) {}

    /** The login form; {@code notice} null or why the last attempt failed. */
    public static String login(Notice notice) {
        StringBuilder out = new StringBuilder(2048);
        head(out, "Charter review: sign in");
        out.append("<header><h1>Charter review</h1></header>\n");
        notice(out, notice);
        out.append("<form method=\"post\" action=\"/review/login\" class=\"login\">\n")
                .append("<p><label for=\"token\">Reviewer token</label><br>")
                .append("<input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"current-password\""
                        + " required size=\"48\"></p>\n")
                .append("<p><button type=\"submit\">Sign in</button></p>\n</form>\n")
                .append("<p class=\"muted\">The token is the reviewer token from server.json. Signing in sets a"
                        + " session cookie for this page only; it ends when you sign out or after 12 hours.</p>\n");
        return out.append("</body>\n</html>\n").toString();
    }

    /** The page of a signed-in reviewer. */
    public static String page(Model model) {
        StringBuilder out = new StringBuilder(16_384);
        head(out, "Charter review: " + model.open().size() + " open");
        out.append("<header><h1>Escalations</h1><form method=\"post\" action=\"/review/logout\">")
                .append("<span>Signed in as <b class=\"reviewer\">")
                .append(Html.text(model.reviewer().name()))
                .append("</b> <span class=\"muted\">(routes: ")
                .append(Html.text(String.join(", ", model.reviewer().routes())))
                .append(")</span></span> ");
        csrf(out, model.csrf());
        out.append("<button type=\"submit\">Sign out</button></form></header>\n");
        notice(out, model.notice());
        out.append("<section id=\"open\">\n<h2>Open (")
                .append(model.open().size())
                .append(")</h2>\n");
        if (model.open().isEmpty()) {
            out.append("<p class=\"muted\">Nothing waits for a reviewer.</p>\n");
        }
        for (EscalationView view : model.open()) {
            open(out, view, model);
        }
        out.append("</section>\n<section id=\"resolved\">\n<h2>Resolved</h2>\n");
        resolved(out, model.resolved());
        out.append("</section>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void head(StringBuilder out, String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"same-origin\">\n<title>")
                .append(Html.text(title))
                .append("</title>\n<style>")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n");
    }

    private static void notice(StringBuilder out, Notice notice) {
        if (notice != null) {
            out.append("<p class=\"notice")
                    .append(notice.error() ? " error" : "")
                    .append("\" role=\"status\">")
                    .append(Html.text(notice.text()))
                    .append("</p>\n");
        }
    }

    private static void csrf(StringBuilder out, String token) {
        out.append("<input type=\"hidden\" name=\"csrf\" value=\"")
                .append(Html.text(token))
                .append("\">");
    }

    private static void open(StringBuilder out, EscalationView view, Model model) {
        out.append("<article class=\"escalation\" id=\"escalation-")
                .append(view.id())
                .append("\" data-id=\"")
                .append(view.id())
                .append("\">\n<h3>#")
                .append(view.id())
                .append(" <span class=\"v agent\">")
                .append(Html.text(view.agent()))
                .append("</span> asks to <span class=\"v action\">")
                .append(Html.text(view.action()))
                .append("</span></h3>\n<dl>\n<dt>Route</dt><dd class=\"v route\">")
                .append(Html.text(view.route()))
                .append("</dd>\n<dt>Waiting</dt><dd class=\"waited\">")
                .append(duration(Duration.between(view.createdAt(), model.now())))
                .append(" <span class=\"muted\">(since ")
                .append(Html.text(time(view.createdAt())))
                .append(")</span></dd>\n<dt>Deadline</dt><dd class=\"deadline\">")
                .append(Html.text(time(view.deadline())))
                .append(" <span class=\"muted\">(")
                .append(
                        model.now().isBefore(view.deadline())
                                ? "in " + duration(Duration.between(model.now(), view.deadline()))
                                : "overdue: it times out as denied")
                .append(")</span></dd>\n<dt>Rules matched</dt><dd class=\"rules\">");
        if (view.matchedRules().isEmpty()) {
            out.append("<span class=\"muted\">none</span>");
        } else {
            out.append("<ul>");
            view.matchedRules()
                    .forEach(rule -> out.append("<li class=\"v\">")
                            .append(Html.text(rule))
                            .append("</li>"));
            out.append("</ul>");
        }
        out.append("</dd>\n<dt>Arguments</dt><dd class=\"arguments\">");
        arguments(out, view.arguments());
        out.append("</dd>\n<dt>Derivation</dt><dd class=\"derivation\">");
        derivations(out, view.derivation());
        out.append("</dd>\n</dl>\n");
        if (model.reviewer().mayResolve(view.route())) {
            out.append("<form method=\"post\" action=\"/review/escalations/")
                    .append(view.id())
                    .append("\" class=\"resolve\">");
            csrf(out, model.csrf());
            out.append("\n<label for=\"reason-")
                    .append(view.id())
                    .append("\">Reason</label>\n<textarea id=\"reason-")
                    .append(view.id())
                    .append("\" name=\"reason\" required maxlength=\"2000\"></textarea>\n")
                    .append(
                            "<button type=\"submit\" name=\"outcome\" value=\"approve\" class=\"approve\">Approve</button>")
                    .append("<button type=\"submit\" name=\"outcome\" value=\"deny\" class=\"deny\">Deny</button>\n")
                    .append("</form>\n");
        } else {
            out.append("<p class=\"muted\">Only reviewers of route <span class=\"v\">")
                    .append(Html.text(view.route()))
                    .append("</span> may resolve this one.</p>\n");
        }
        out.append("</article>\n");
    }

    private static void arguments(StringBuilder out, JsonNode arguments) {
        if (arguments == null || !arguments.isObject() || arguments.isEmpty()) {
            out.append(
                    arguments == null || arguments.isEmpty()
                            ? "<span class=\"muted\">none</span>"
                            : "<code>" + Html.text(compact(arguments)) + "</code>");
            return;
        }
        out.append("<table>");
        for (Map.Entry<String, JsonNode> field : arguments.properties()) {
            out.append("<tr><th class=\"v\">")
                    .append(Html.text(field.getKey()))
                    .append("</th><td class=\"v\">")
                    .append(Html.text(
                            field.getValue().isTextual() ? field.getValue().textValue() : compact(field.getValue())))
                    .append("</td></tr>");
        }
        out.append("</table>");
    }

    private static void derivations(StringBuilder out, JsonNode derivations) {
        if (derivations == null || !derivations.isArray() || derivations.isEmpty()) {
            out.append("<span class=\"muted\">none recorded</span>");
            return;
        }
        out.append("<ul class=\"proof\">");
        for (JsonNode derivation : derivations) {
            boolean holds = derivation.path("holds").asBoolean(false);
            out.append("<li><span class=\"")
                    .append(holds ? "holds\">holds" : "fails\">does not hold")
                    .append("</span> <code>")
                    .append(Html.text(derivation.path("atom").asText("")))
                    .append("</code>");
            if (derivation.hasNonNull("rule")) {
                out.append(" <span class=\"muted\">(rule <span class=\"v\">")
                        .append(Html.text(derivation.path("rule").asText("")))
                        .append("</span>)</span>");
            }
            if (derivation.has("proof")) {
                out.append("<ul class=\"proof\">");
                proof(out, derivation.path("proof"), 0);
                out.append("</ul>");
            }
            out.append("</li>");
        }
        out.append("</ul>");
    }

    private static void proof(StringBuilder out, JsonNode node, int depth) {
        out.append("<li><code>")
                .append(Html.text(node.path("fact").asText("")))
                .append("</code> <span class=\"muted\">");
        String by = node.path("by").asText("");
        switch (by) {
            case "snapshot" -> out.append("from the fact snapshot");
            case "constitution" -> out.append("written in the constitution");
            case "clause" ->
                out.append("by <code>")
                        .append(Html.text(node.path("clause").asText("")))
                        .append("</code>");
            case "elided" -> out.append("(the rest of this proof is cut)");
            default -> out.append("by ").append(Html.text(by));
        }
        if (node.hasNonNull("at")) {
            out.append(" at <span class=\"v\">")
                    .append(Html.text(node.path("at").asText("")))
                    .append("</span>");
        }
        out.append("</span>");
        JsonNode from = node.path("from");
        if (from.isArray() && !from.isEmpty()) {
            if (depth >= PROOF_DEPTH) {
                out.append(" <span class=\"muted\">(")
                        .append(from.size())
                        .append(" premises deeper than shown)</span>");
            } else {
                out.append("<ul class=\"proof\">");
                from.forEach(premise -> proof(out, premise, depth + 1));
                out.append("</ul>");
            }
        }
        out.append("</li>");
    }

    private static void resolved(StringBuilder out, List<EscalationView> resolved) {
        if (resolved.isEmpty()) {
            out.append("<p class=\"muted\">None yet.</p>\n");
            return;
        }
        out.append("<table class=\"resolved\">\n<tr><th>#</th><th>Agent</th><th>Action</th><th>Outcome</th>"
                + "<th>By</th><th>When</th><th>Reason</th></tr>\n");
        resolved.stream()
                .limit(RESOLVED_SHOWN)
                .forEach(view -> out.append("<tr id=\"resolved-")
                        .append(view.id())
                        .append("\"><td>")
                        .append(view.id())
                        .append("</td><td class=\"v\">")
                        .append(Html.text(view.agent()))
                        .append("</td><td class=\"v\">")
                        .append(Html.text(view.action()))
                        .append("</td><td class=\"outcome ")
                        .append(view.state() == EscalationState.APPROVED ? "holds" : "fails")
                        .append("\">")
                        .append(outcome(view.state()))
                        .append("</td><td class=\"v resolved-by\">")
                        .append(Html.text(view.resolvedBy()))
                        .append("</td><td>")
                        .append(Html.text(view.resolvedAt() == null ? "" : time(view.resolvedAt())))
                        .append("</td><td class=\"v\">")
                        .append(Html.text(view.reason()))
                        .append("</td></tr>\n"));
        out.append("</table>\n");
        if (resolved.size() > RESOLVED_SHOWN) {
            out.append("<p class=\"muted\">")
                    .append(resolved.size() - RESOLVED_SHOWN)
                    .append(" older ones are in the ledger and at GET /v1/escalations?state=resolved.</p>\n");
        }
    }

    private static String outcome(EscalationState state) {
        return switch (state) {
            case OPEN -> "open";
            case APPROVED -> "approved";
            case DENIED -> "denied";
            case TIMED_OUT -> "timed out (denied)";
        };
    }

    /** {@code 2 h 5 min}, {@code 3 min 12 s}, {@code 12 s}; zero for a negative duration. */
    static String duration(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + minutes + " min";
        }
        if (minutes > 0) {
            return minutes + " min " + rest + " s";
        }
        return rest + " s";
    }

    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String compact(JsonNode value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return value.toString();
        }
    }

    private static String sha256(String text) {
        try {
            return "sha256-"
                    + Base64.getEncoder()
                            .encodeToString(
                                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
