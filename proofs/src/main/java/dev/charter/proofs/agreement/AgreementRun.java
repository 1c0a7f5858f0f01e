package dev.charter.proofs.agreement;

import dev.charter.proofs.generators.BiasTarget;
import dev.charter.proofs.generators.FactArbitraries;
import dev.charter.proofs.generators.RequestArbitraries;
import dev.charter.proofs.generators.Shrinking;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ir.Program;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.sessions.JqwikSession;

/**
 * The runtime-vs-solver agreement property, run outside a jqwik property (for the JUnit 5
 * extension and tools): draws scenarios from the constitution's arbitraries with a fixed seed,
 * decides each both ways, and on the first disagreement shrinks it ({@link Shrinking}) to a
 * minimal failing scenario. Also records which bias targets were reached.
 */
public final class AgreementRun {

    /** Generated snapshots in a run's pool besides the empty and the base snapshot. */
    public static final int SNAPSHOT_POOL = 6;

    private static final int GENERATION_SIZE = 1000;

    private AgreementRun() {}

    /**
     * Scenarios: a request, a random history ({@link HistoryValues}), and a snapshot from a pool of the empty snapshot, {@code base} and
     * {@link #SNAPSHOT_POOL} generated ones (drawn with {@code seed}); a pool, because each distinct
     * snapshot needs its own encoding. The snapshot shrinks towards the empty one.
     */
    public static Arbitrary<Scenario> scenarios(Program program, FactSnapshot base, long seed) {
        Set<FactSnapshot> pool = new LinkedHashSet<>();
        pool.add(FactSnapshot.empty());
        pool.add(base);
        RandomGenerator<FactSnapshot> snapshots =
                FactArbitraries.of(program, base).snapshots().generator(GENERATION_SIZE);
        Random random = new Random(seed);
        for (int i = 0; i < SNAPSHOT_POOL; i++) {
            pool.add(snapshots.next(random).value());
        }
        return Combinators.combine(
                        Arbitraries.of(new ArrayList<>(pool)),
                        RequestArbitraries.of(program, base).requests(),
                        HistoryValues.of(program))
                .as(Scenario::new);
    }

    /**
     * Decides {@code count} generated requests both ways. Outside a jqwik property (a plain JUnit
     * test, a tool) it opens a jqwik session of its own, which jqwik's generators need.
     */
    public static AgreementReport run(Program program, FactSnapshot base, int count, long seed) {
        if (JqwikSession.isActive()) {
            return generate(program, base, count, seed);
        }
        JqwikSession.start();
        try {
            return generate(program, base, count, seed);
        } finally {
            JqwikSession.finish();
        }
    }

    private static AgreementReport generate(Program program, FactSnapshot base, int count, long seed) {
        long start = System.nanoTime();
        ZoneId zone = ZoneId.of(program.metadata().timezone());
        List<BiasTarget> unreached =
                new ArrayList<>(RequestArbitraries.of(program, base).bias().targets());
        RandomGenerator<Scenario> generator = scenarios(program, base, seed).generator(GENERATION_SIZE);
        Random random = new Random(seed);
        try (AgreementCheck check = new AgreementCheck(program)) {
            for (int i = 0; i < count; i++) {
                Shrinkable<Scenario> scenario = generator.next(random);
                Scenario value = scenario.value();
                unreached.removeIf(t -> t.reachedBy(value.request(), zone));
                if (check.check(value.facts(), value.request(), value.history()).isPresent()) {
                    Scenario smallest = Shrinking.smallest(
                            scenario,
                            s -> check.check(s.facts(), s.request(), s.history())
                                    .isPresent());
                    Optional<Disagreement> minimal =
                            check.check(smallest.facts(), smallest.request(), smallest.history());
                    return new AgreementReport(i + 1, Duration.ofNanos(System.nanoTime() - start), minimal, unreached);
                }
            }
        }
        return new AgreementReport(count, Duration.ofNanos(System.nanoTime() - start), Optional.empty(), unreached);
    }
}
