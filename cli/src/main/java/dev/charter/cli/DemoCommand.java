package dev.charter.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code charter demo}: walks through Charter's main job on the bundled fintech example. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run Charter end to end on the bundled fintech example and narrate each step.")
final class DemoCommand implements Callable<Integer> {

    static final String EXAMPLE = "demo/fintech/lending.charter";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        String text = bundledExample();
        var out = spec.commandLine().getOut();
        out.printf("1. Read the fintech lending constitution (%d lines).%n", text.lines().count());
        return ExitStatus.OK;
    }

    private static String bundledExample() {
        try (InputStream in = DemoCommand.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the demo constitution " + EXAMPLE + " is missing from the CLI jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
