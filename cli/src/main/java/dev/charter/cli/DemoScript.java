package dev.charter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the demo's steps: each is a {@code charter} command run in-process in the demo's
 * directory, printed as a person would type it, with its output indented beneath. Paths are
 * shown relative to the directory, as if the person had changed into it.
 */
final class DemoScript {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INDENT = "      ";
    private static final int WIDTH = 96;
    /** Marks an argument that names a file in the demo directory. */
    static final String FILE = "./";

    private final Path directory;
    private final PrintWriter out;
    private int number;

    DemoScript(Path directory, PrintWriter out) {
        this.directory = directory;
        this.out = out;
    }

    /**
     * One step: a title, why it matters, a command, and how to show its output. Arguments written
     * {@code ./NAME} are files in the demo directory.
     */
    record Step(String title, String why, List<String> arguments, boolean decisions, int expectedStatus) {

        static Step command(String title, String why, String... arguments) {
            return new Step(title, why, List.of(arguments), false, ExitStatus.OK);
        }

        /** A command that prints decisions as JSON lines, shown one line per decision. */
        static Step decisions(String title, String why, String... arguments) {
            return new Step(title, why, List.of(arguments), true, ExitStatus.OK);
        }

        /** The same step, succeeding when the command exits with {@code status} (a refusal the demo shows on purpose). */
        Step expecting(int status) {
            return new Step(title, why, arguments, decisions, status);
        }
    }

    /** Why the demo stopped; the message names the step. */
    static final class StepFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StepFailed(String message) {
            super(message, null, false, false);
        }
    }

    /** Runs the step and returns what the command printed on standard output. */
    String run(Step step) {
        number++;
        out.println();
        out.printf("[%d] %s%n", number, step.title());
        wrapped(step.why(), WIDTH - INDENT.length()).forEach(line -> out.println(INDENT + line));
        out.println(INDENT + "$ charter " + typed(step.arguments()));
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int status = Main.run(
                InputStream.nullInputStream(),
                new PrintWriter(stdout, true),
                new PrintWriter(stderr, true),
                absolute(step.arguments()));
        String shown = step.decisions() ? decisions(stdout.toString()) : stdout.toString();
        print(shown + stderr);
        if (status != step.expectedStatus()) {
            throw new StepFailed("step " + number + " (" + step.title() + ") exited with status " + status
                    + (step.expectedStatus() == ExitStatus.OK ? "" : ", not " + step.expectedStatus()));
        }
        return stdout.toString();
    }

    /** Arguments {@code ./NAME} name files in the demo directory and are made absolute. */
    private String[] absolute(List<String> arguments) {
        List<String> resolved = new ArrayList<>();
        for (String argument : arguments) {
            resolved.add(
                    argument.startsWith(FILE)
                            ? directory
                                    .resolve(argument.substring(FILE.length()))
                                    .toString()
                            : argument);
        }
        return resolved.toArray(String[]::new);
    }

    /** The command line as the person would type it inside the demo directory. */
    private static String typed(List<String> arguments) {
        return String.join(
                " ",
                arguments.stream()
                        .map(a -> a.startsWith(FILE) ? a.substring(FILE.length()) : a)
                        .map(a -> a.contains(" ") ? "\"" + a + "\"" : a)
                        .toList());
    }

    /** {@code text} broken into lines of at most {@code width} characters, at spaces. */
    static List<String> wrapped(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private String decisions(String jsonLines) {
        StringBuilder text = new StringBuilder();
        for (String line : jsonLines.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode decision = JSON.readTree(line);
                JsonNode trace = decision.path("trace");
                text.append(String.format(
                        "%-17s %-20s %-9s -> %s%s%s%n",
                        trace.path("agent").asText(),
                        trace.path("action").asText(),
                        trace.path("attributes").path("request.amount").asText(""),
                        decision.path("decision").asText(),
                        decision.has("route") ? " to " + decision.path("route").asText() : "",
                        decision.has("rule")
                                ? " by " + decision.path("rule").asText()
                                : " (" + decision.path("reason_code").asText() + ")"));
            } catch (JsonProcessingException e) {
                text.append(line).append('\n');
            }
        }
        return text.toString();
    }

    private void print(String text) {
        String relative = text.replace(directory + "/", "").replace(directory.toString(), ".");
        for (String line : relative.split("\n")) {
            if (!line.isEmpty()) {
                out.println(INDENT + line);
            }
        }
    }
}
