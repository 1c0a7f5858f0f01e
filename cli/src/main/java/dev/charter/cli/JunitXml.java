package dev.charter.cli;

import dev.charter.proofs.cases.AssertionOutcome;
import dev.charter.proofs.cases.CaseOutcome;
import dev.charter.proofs.cases.RuleCoverage;
import dev.charter.proofs.cases.SuiteRun;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Test results in the XML that Maven Surefire writes and CI servers read: under a
 * {@code <testsuites>} root, one {@code <testsuite>} per test file with a {@code <testcase>} per
 * test, {@code <failure>} for a wrong decision and {@code <error>} for a test that could not run;
 * and, for a file whose run proved its constitution's assertions, a second suite
 * {@code FILE (assertions)} with a case per assertion. Properties carry what CI cannot count from
 * the cases: the test file's suite the rule coverage of its constitution over the whole run
 * ({@code charter.constitution}, {@code charter.rules}, {@code charter.rules.decided},
 * {@code charter.rules.undecided}, names separated by commas), the assertions' suite the count of
 * each verdict ({@code charter.assertions.proved}, {@code .refuted}, {@code .inconclusive}).
 */
final class JunitXml {

    private JunitXml() {}

    static String of(List<SuiteRun> runs) {
        Map<String, RuleCoverage> coverage = RuleCoverage.of(runs).stream()
                .collect(Collectors.toMap(
                        RuleCoverage::constitution, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "charter test");
            xml.writeAttribute(
                    "tests",
                    Long.toString(runs.stream()
                            .mapToLong(r -> tests(r) + r.assertions().size())
                            .sum()));
            xml.writeAttribute(
                    "failures",
                    Long.toString(runs.stream()
                            .mapToLong(r -> failures(r) + assertionFailures(r))
                            .sum()));
            xml.writeAttribute(
                    "errors",
                    Long.toString(runs.stream()
                            .mapToLong(r -> errors(r) + inconclusive(r))
                            .sum()));
            xml.writeAttribute(
                    "time", seconds(runs.stream().mapToLong(JunitXml::nanos).sum()));
            for (SuiteRun run : runs) {
                cases(
                        xml,
                        run,
                        run.constitution()
                                .map(tested -> coverage.get(tested.name()))
                                .orElse(null));
                if (!run.assertions().isEmpty()) {
                    assertions(xml, run);
                }
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory failed", e);
        }
        return text.toString();
    }

    private static void cases(XMLStreamWriter xml, SuiteRun run, RuleCoverage coverage) throws XMLStreamException {
        startSuite(xml, run.file(), tests(run), failures(run), errors(run), nanos(run));
        if (coverage != null) {
            startProperties(xml);
            property(xml, "charter.constitution", coverage.constitution());
            property(xml, "charter.rules", Integer.toString(coverage.rules().size()));
            property(xml, "charter.rules.decided", Integer.toString(coverage.decided()));
            property(xml, "charter.rules.undecided", String.join(",", coverage.undecided()));
            endProperties(xml);
        }
        String className = className(run.file());
        if (run.error().isPresent()) {
            testcase(xml, className, "(file)", 0);
            problem(xml, "error", "the test file could not run", run.error().get());
            xml.writeEndElement();
        }
        for (CaseOutcome outcome : run.outcomes()) {
            testcase(xml, className, outcome.test().name(), outcome.duration().toNanos());
            if (outcome.error().isPresent()) {
                problem(xml, "error", outcome.error().get(), outcome.error().get());
            } else if (!outcome.passed()) {
                problem(xml, "failure", TestReport.summary(outcome), TestReport.details(outcome));
            }
            xml.writeEndElement();
        }
        endSuite(xml);
    }

    private static void assertions(XMLStreamWriter xml, SuiteRun run) throws XMLStreamException {
        startSuite(
                xml,
                run.file() + " (assertions)",
                run.assertions().size(),
                assertionFailures(run),
                inconclusive(run),
                0);
        startProperties(xml);
        for (String verdict : List.of("proved", "refuted", "inconclusive")) {
            property(
                    xml,
                    "charter.assertions." + verdict,
                    Long.toString(run.assertions().stream()
                            .filter(a -> a.verdict().equals(verdict))
                            .count()));
        }
        endProperties(xml);
        String className = className(run.file()) + ".assertions";
        for (AssertionOutcome assertion : run.assertions()) {
            testcase(xml, className, assertion.name(), 0);
            if (!assertion.passed()) {
                String kind = isInconclusive(assertion) ? "error" : "failure";
                problem(
                        xml,
                        kind,
                        "expected " + assertion.expected() + ", got " + assertion.verdict(),
                        TestReport.details(assertion));
            }
            xml.writeEndElement();
        }
        endSuite(xml);
    }

    private static void startSuite(XMLStreamWriter xml, String name, long tests, long failures, long errors, long nanos)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", name);
        xml.writeAttribute("tests", Long.toString(tests));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", Long.toString(errors));
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(nanos));
    }

    private static void endSuite(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void startProperties(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }

    private static void endProperties(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private static void testcase(XMLStreamWriter xml, String className, String name, long nanos)
            throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", name);
        xml.writeAttribute("classname", className);
        xml.writeAttribute("time", seconds(nanos));
    }

    private static void problem(XMLStreamWriter xml, String kind, String message, String body)
            throws XMLStreamException {
        xml.writeStartElement(kind);
        xml.writeAttribute("message", message);
        xml.writeAttribute("type", "charter." + kind);
        xml.writeCharacters(body);
        xml.writeEndElement();
    }

    /** {@code examples/fintech/lending.charter-test} → {@code examples.fintech.lending}, as CI tools group by class. */
    static String className(String file) {
        String withoutExtension =
                file.endsWith(".charter-test") ? file.substring(0, file.length() - ".charter-test".length()) : file;
        return withoutExtension.replaceAll("^[./\\\\]+", "").replaceAll("[/\\\\]+", ".");
    }

    private static long tests(SuiteRun run) {
        return run.outcomes().size() + (run.error().isPresent() ? 1 : 0);
    }

    private static long errors(SuiteRun run) {
        return run.outcomes().stream().filter(o -> o.error().isPresent()).count()
                + (run.error().isPresent() ? 1 : 0);
    }

    private static long failures(SuiteRun run) {
        return run.outcomes().stream()
                .filter(o -> o.error().isEmpty() && !o.passed())
                .count();
    }

    private static boolean isInconclusive(AssertionOutcome assertion) {
        return assertion.verdict().equals("inconclusive");
    }

    private static long inconclusive(SuiteRun run) {
        return run.assertions().stream().filter(JunitXml::isInconclusive).count();
    }

    private static long assertionFailures(SuiteRun run) {
        return run.assertions().stream()
                .filter(a -> !a.passed() && !isInconclusive(a))
                .count();
    }

    private static long nanos(SuiteRun run) {
        return run.outcomes().stream().mapToLong(o -> o.duration().toNanos()).sum();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
