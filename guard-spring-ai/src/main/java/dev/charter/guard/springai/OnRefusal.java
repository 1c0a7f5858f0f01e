package dev.charter.guard.springai;

import dev.charter.guard.Verdict;
import java.util.Objects;
import java.util.function.Function;

/** What a guarded tool does when Charter refuses a call; the tool's body never runs either way. */
public sealed interface OnRefusal {

    /**
     * Answer the model with the refusal text ({@code NOT EXECUTED: ...}, {@link Verdict.Refused#refusal()}),
     * as the tool's result: the model reads why and can choose another way.
     */
    static OnRefusal returnText() {
        return ReturnText.INSTANCE;
    }

    /**
     * Throw {@link ToolRefusedException}: it leaves Spring AI's tool loop, so the whole chat call
     * fails with it.
     */
    static OnRefusal throwRefused() {
        return throwing(ToolRefusedException::new);
    }

    /** Throw the exception {@code exception} makes of the refusal. */
    static OnRefusal throwing(Function<Verdict.Refused, ? extends RuntimeException> exception) {
        return new Throw(exception);
    }

    /** The tool's result is the refusal text. */
    enum ReturnText implements OnRefusal {
        INSTANCE
    }

    /** The tool throws what {@code exception} makes of the refusal. */
    record Throw(Function<Verdict.Refused, ? extends RuntimeException> exception) implements OnRefusal {
        public Throw {
            Objects.requireNonNull(exception, "exception");
        }
    }
}
