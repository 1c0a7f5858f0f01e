package dev.charter.proofs.cases;

import java.util.List;

/**
 * The constitution a {@code *.charter-test} file tested: its files as the run names them (the
 * test file's directory as given, joined with each path) and its decision rules in source order.
 * Two test files that test the same files name them the same way when given from one directory.
 */
public record TestedConstitution(String name, List<String> rules) {

    public TestedConstitution {
        rules = List.copyOf(rules);
    }
}
