package dev.charter.examples.agent;

/** What actually does the work once Charter permits it: payment rails, account systems. */
public interface Tools {

    /** Performs the call and says what happened, for the agent's log. */
    String perform(ToolCall call);
}
