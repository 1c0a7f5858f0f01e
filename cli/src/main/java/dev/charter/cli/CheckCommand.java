package dev.charter.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter check FILE...}: reads a constitution and reports what is wrong with it. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check constitution files and report errors, warnings and findings.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The .charter files of one constitution.")
    private List<Path> files;

    @Override
    public Integer call() {
        int lines = 0;
        for (var source : InputFiles.sources(files)) {
            lines += source.text().lines().count();
        }
        spec.commandLine().getOut().printf("read %d file(s), %d line(s); the compiler is not wired in yet%n", files.size(), lines);
        return ExitStatus.OK;
    }
}
