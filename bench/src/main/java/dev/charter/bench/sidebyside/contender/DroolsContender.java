package dev.charter.bench.sidebyside.contender;

import dev.charter.bench.sidebyside.model.AccessRequest;
import dev.charter.bench.sidebyside.model.Facts;
import dev.charter.bench.sidebyside.model.PolicyModel;
import dev.charter.bench.sidebyside.model.Workload;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.definition.type.FactType;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.internal.utils.KieHelper;

/**
 * Drools (drools-engine with the MVEL dialect): the DRL of {@link DroolsText} built once into a
 * {@link KieBase}; each thread gets its own long-lived {@link KieSession}, holding the facts and
 * the {@code May} facts Drools derived from them. Per decision the request fact is inserted, the
 * rules fired and the fact deleted: Drools' incremental (Phreak) evaluation over a working memory
 * that keeps the reference data, its documented fast path when facts outlive a request (a
 * stateless session would re-insert and re-derive every fact for every request).
 */
final class DroolsContender implements Contender {

    @Override
    public String name() {
        return "drools";
    }

    @Override
    public Loaded load(Workload workload) {
        PolicyModel model = workload.model();
        KieHelper helper = new KieHelper().addContent(DroolsText.of(model), ResourceType.DRL);
        Results results = helper.verify();
        if (results.hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException(
                    "Drools rejects the translation: " + results.getMessages(Message.Level.ERROR));
        }
        KieBase base = helper.build();
        FactType req = base.getFactType(DroolsText.PACKAGE, "Req");
        Object[] requests = new Object[workload.requests().size()];
        for (int i = 0; i < requests.length; i++) {
            requests[i] = request(req, workload.requests().get(i));
        }
        return () -> session(base, model, requests);
    }

    private static Decider session(KieBase base, PolicyModel model, Object[] requests) throws Exception {
        KieSession session = base.newKieSession();
        DroolsOutcome outcome = new DroolsOutcome();
        session.setGlobal("outcome", outcome);
        if (model.usesKnowledge()) {
            insertFacts(base, session, model.facts());
            session.fireAllRules();
        }
        return i -> {
            outcome.reset();
            FactHandle handle = session.insert(requests[i]);
            session.fireAllRules();
            session.delete(handle);
            return outcome.verdict();
        };
    }

    private static void insertFacts(KieBase base, KieSession session, Facts facts) throws Exception {
        FactType role = base.getFactType(DroolsText.PACKAGE, "Role");
        FactType grants = base.getFactType(DroolsText.PACKAGE, "Grants");
        FactType delegates = base.getFactType(DroolsText.PACKAGE, "Delegates");
        for (Facts.Role r : facts.roles()) {
            session.insert(fact(role, "agent", r.agent(), "role", r.role()));
        }
        for (Facts.Grant g : facts.grants()) {
            session.insert(fact(grants, "role", g.role(), "act", g.action()));
        }
        for (Facts.Delegation d : facts.delegations()) {
            session.insert(fact(delegates, "delegator", d.from(), "delegate", d.to(), "act", d.action()));
        }
    }

    private static Object fact(FactType type, String... fieldsAndValues) throws Exception {
        Object fact = type.newInstance();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            type.set(fact, fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return fact;
    }

    private static Object request(FactType type, AccessRequest r) {
        try {
            Object fact = type.newInstance();
            type.set(fact, "agent", r.agent());
            type.set(fact, "action", r.action());
            r.values().forEach((attribute, value) -> type.set(fact, attribute.flatName(), value));
            return fact;
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("Drools could not create a request fact", e);
        }
    }
}
