package dev.charter.proofs.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Points a JUnit 5 test class at a constitution. The class's {@code @TestFactory} methods may then
 * take a {@link CharterSuite} parameter and return {@code suite.tests()}: every case of the
 * constitution's {@code *.charter-test} files, every assertion (proved or refuted by the solver)
 * and the runtime-vs-solver agreement property, each reported as a test of its own.
 *
 * <pre>{@code
 * @CharterConstitution("policies/lending.charter")
 * class LendingPolicyTest {
 *     @TestFactory
 *     Stream<DynamicNode> constitution(CharterSuite suite) {
 *         return suite.tests();
 *     }
 * }
 * }</pre>
 *
 * Paths are relative to the working directory of the test run (the module's directory under Maven).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CharterExtension.class)
public @interface CharterConstitution {

    /** The constitution's {@code .charter} files. */
    String[] value();

    /**
     * The {@code *.charter-test} files to run; by default every one in the directory of the
     * first constitution file.
     */
    String[] tests() default {};

    /**
     * The fact snapshot the agreement property starts from (its agents and tuples seed the
     * generated snapshots); by default {@code facts.json} beside the constitution if there is one.
     */
    String facts() default "";

    /** How many generated requests the agreement property decides both ways. */
    int requests() default 1000;

    /** The seed of the generated requests, so that a failure reproduces. */
    long seed() default 6L;
}
