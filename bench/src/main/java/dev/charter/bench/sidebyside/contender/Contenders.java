package dev.charter.bench.sidebyside.contender;

import dev.charter.bench.sidebyside.model.Workload;
import dev.charter.runtime.ir.Program;
import java.util.List;

/**
 * The engines of the comparison by benchmark name: {@code charter}, {@code charter-json},
 * {@code cedar}, {@code jcasbin}, {@code drools}, {@code biscuit}.
 */
public final class Contenders {

    private Contenders() {
    }

    /** Every contender, Charter first (ratios are to it). */
    public static List<Contender> all() {
        return List.of(CharterContender.decide(), CharterContender.decideAndRender(), new CedarContender(),
                new CasbinContender(), new DroolsContender(), new BiscuitContender());
    }

    /** The program Charter decides {@code workload} by: its constitution as written, or the model in Charter. */
    public static Program charterProgram(Workload workload) {
        return CharterContender.compile(workload);
    }

    /** The contender called {@code name}. */
    public static Contender named(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no engine " + name));
    }
}
