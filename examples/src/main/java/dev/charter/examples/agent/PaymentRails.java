package dev.charter.examples.agent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Toy payment and account tools that remember what they did, standing in for real systems. */
public final class PaymentRails implements Tools {

    private BigDecimal balance;
    private final List<String> performed = new ArrayList<>();

    public PaymentRails(BigDecimal openingBalance) {
        this.balance = openingBalance;
    }

    @Override
    public String perform(ToolCall call) {
        String done;
        switch (call.tool()) {
            case "initiate_payment":
                BigDecimal amount =
                        new BigDecimal(call.arguments().get("amount").toString());
                balance = balance.subtract(amount);
                done = "paid " + amount.toPlainString() + " to "
                        + call.arguments().get("destination");
                break;
            case "display_account_balance":
                done = "balance is " + balance.toPlainString();
                break;
            default:
                done = "performed " + call.tool() + " " + call.arguments();
                break;
        }
        performed.add(done);
        return done;
    }

    /** Everything the tools actually did, in order. */
    public List<String> performed() {
        return List.copyOf(performed);
    }
}
