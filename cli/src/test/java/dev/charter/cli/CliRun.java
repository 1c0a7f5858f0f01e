package dev.charter.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** One {@code charter} invocation run in-process: its exit status and what it printed. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        return withInput(InputStream.nullInputStream(), args);
    }

    /** The invocation with {@code stdin} as its standard input. */
    static CliRun withInput(String stdin, String... args) {
        return withInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    static CliRun withInput(InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(stdin, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
