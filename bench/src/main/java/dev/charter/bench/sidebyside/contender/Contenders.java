package dev.charter.bench.sidebyside.contender;

import dev.charter.bench.sidebyside.model.Workload;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.SigningMode;
import java.util.List;

/**
 * The engines of the comparison by benchmark name: {@code charter}, {@code charter-json},
 * {@code charter-ledger-batched}, {@code charter-ledger-signed}, {@code cedar}, {@code jcasbin},
 * {@code drools}, {@code biscuit}.
 */
public final class Contenders {

    private Contenders() {}

    /** Every contender, Charter first (ratios are to it). */
    public static List<Contender> all() {
        return List.of(
                CharterContender.decide(),
                CharterContender.decideAndRender(),
                LedgerContender.batched(),
                LedgerContender.signedRecords(),
                new CedarContender(),
                new CasbinContender(),
                new DroolsContender(),
                new BiscuitContender());
    }

    /** The program Charter decides {@code workload} by: its constitution as written, or the model in Charter. */
    public static Program charterProgram(Workload workload) {
        return CharterContender.compile(workload);
    }

    /** The requests of {@code workload} as Charter's runtime takes them. */
    public static Request[] charterRequests(Workload workload) {
        return workload.requests().stream().map(CharterContender::request).toArray(Request[]::new);
    }

    /**
     * Charter's engine for {@code workload} recording every decision in a fresh ledger (in a
     * temporary directory removed at exit) signed in {@code mode}.
     */
    public static LedgerEngine ledgerEngine(Workload workload, SigningMode mode) throws Exception {
        return LedgerContender.open(workload, mode);
    }

    /** The contender called {@code name}. */
    public static Contender named(String name) {
        return all().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no engine " + name));
    }
}
