package dev.charter.runtime.ledger;

import dev.charter.runtime.HistoryReader;
import dev.charter.runtime.Request;
import java.math.BigDecimal;

/**
 * A history that answers nothing and notes whether it was asked: a decision made with it that
 * never read history is final, whatever the ledger holds. The first read stops the evaluation (the
 * engine turns the throw into a DENY that {@link LedgerEngine} discards). For one decision only.
 */
final class HistoryProbe implements HistoryReader {

    private static final RuntimeException READ = new IllegalStateException("history is read where it is ordered") {
        private static final long serialVersionUID = 1L;

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    };

    private boolean read;

    boolean read() {
        return read;
    }

    @Override
    public long count(int query, Request current) {
        read = true;
        throw READ;
    }

    @Override
    public long intSum(int query, Request current) {
        read = true;
        throw READ;
    }

    @Override
    public BigDecimal decimalSum(int query, Request current) {
        read = true;
        throw READ;
    }
}
