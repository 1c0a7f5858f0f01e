package dev.charter.runtime.ir;

import java.util.List;

/** Thrown when a program would break an invariant the interpreters rely on. */
public final class InvalidProgramException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidProgramException(List<String> problems) {
        super("invalid program: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
