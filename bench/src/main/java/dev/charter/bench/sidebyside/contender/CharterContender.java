package dev.charter.bench.sidebyside.contender;

import dev.charter.bench.sidebyside.model.AccessRequest;
import dev.charter.bench.sidebyside.model.Attribute;
import dev.charter.bench.sidebyside.model.Facts;
import dev.charter.bench.sidebyside.model.Verdict;
import dev.charter.bench.sidebyside.model.Workload;
import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Program;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Charter: the constitution compiled once ({@code Compiler.compile}), an {@link Engine} with the
 * fact snapshot attached (the whole {@code may} closure materialised then), and
 * {@code decide(request)} per decision, which returns the decision with its full trace. Engines
 * are thread-safe, so every thread shares one.
 *
 * <p>Two variants: {@code charter} stops at the {@link Decision} (its trace captured, the JSON not
 * yet rendered), {@code charter-json} also renders the canonical JSON of the decision and trace,
 * what a caller that logs every decision pays.
 */
final class CharterContender implements Contender {

    static final Instant TIME = Instant.parse("2026-04-14T11:42:09Z");

    private final String name;
    private final Function<Decision, Object> finish;

    private CharterContender(String name, Function<Decision, Object> finish) {
        this.name = name;
        this.finish = finish;
    }

    static CharterContender decide() {
        return new CharterContender("charter", d -> d);
    }

    static CharterContender decideAndRender() {
        return new CharterContender("charter-json", Decision::toJson);
    }

    @Override
    public String name() {
        return name;
    }

    /** Compiles the constitution once: the compiler's caches belong to build time, not to the runtime. */
    @Override
    public void prepareAheadOfTime(Workload workload) {
        CharterContender.compile(workload);
    }

    @Override
    public Loaded load(Workload workload) {
        Engine engine = Engine.forProgram(compile(workload));
        engine.attach(snapshot(workload.model().facts()));
        Request[] requests = Contenders.charterRequests(workload);
        Decider decider = i -> {
            Decision d = engine.decide(requests[i]);
            finish.apply(d);
            return verdict(d);
        };
        return () -> decider;
    }

    /** The workload's constitution as written, or the model rendered in Charter, compiled. */
    static Program compile(Workload workload) {
        List<SourceFile> files = new ArrayList<>();
        if (workload.charterSource().isPresent()) {
            files.add(new SourceFile(
                    workload.name() + ".charter", workload.charterSource().get()));
        } else {
            List<String> texts = CharterText.of(workload.model());
            for (int i = 0; i < texts.size(); i++) {
                files.add(new SourceFile(workload.name() + "-" + i + ".charter", texts.get(i)));
            }
        }
        Compilation compilation = Compiler.compile(files);
        return compilation
                .program()
                .orElseThrow(() -> new IllegalStateException(
                        "the " + workload.name() + " constitution does not compile: " + compilation.diagnostics()));
    }

    static FactSnapshot snapshot(Facts facts) {
        FactSnapshot.Builder builder = FactSnapshot.builder();
        facts.roles().forEach(r -> builder.add("role", r.agent(), r.role()));
        facts.delegations().forEach(d -> builder.add("delegates", d.from(), d.to(), d.action()));
        return builder.build();
    }

    static Request request(AccessRequest r) {
        Request.Builder b =
                Request.builder().agent(r.agent()).action(r.action()).time(TIME).chain(List.of(r.agent()));
        r.values().forEach((attribute, value) -> {
            if (attribute.scope() == Attribute.Scope.REQUEST) {
                b.param(attribute.name(), value);
            } else {
                b.context(attribute.name(), value);
            }
        });
        return b.build();
    }

    static Verdict verdict(Decision d) {
        switch (d.effect()) {
            case PERMIT:
                return Verdict.PERMIT;
            case ESCALATE:
                return Verdict.ESCALATE;
            default:
                return Verdict.DENY;
        }
    }
}
