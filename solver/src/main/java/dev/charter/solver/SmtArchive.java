package dev.charter.solver;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes each solver query as a self-contained SMT-LIB 2 file, with Z3's answer recorded as
 * {@code :status}, so that an independent solver (cvc5) can re-check every proof. File names are
 * numbered in query order, which is deterministic for a given program.
 */
final class SmtArchive {

    private final Path directory;
    private int sequence;

    SmtArchive(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String queryName, Status status, Context context, List<BoolExpr> assertions) {
        String statusWord = switch (status) {
            case SATISFIABLE -> "sat";
            case UNSATISFIABLE -> "unsat";
            case UNKNOWN -> "unknown";
        };
        // Simplifying folds Z3's empty conjunctions and disjunctions, which it would print as a bare
        // `and`/`or` that other solvers reject; the query stays equivalent.
        BoolExpr formula =
                (BoolExpr) context.mkAnd(assertions.toArray(new BoolExpr[0])).simplify();
        String text = context.benchmarkToSMTString(queryName, "ALL", statusWord, "", new BoolExpr[0], formula);
        String file = String.format("%05d-%s.smt2", ++sequence, queryName.replaceAll("[^A-Za-z0-9_.-]", "_"));
        try {
            Files.writeString(directory.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
