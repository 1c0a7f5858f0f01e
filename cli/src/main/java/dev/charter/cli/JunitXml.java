package dev.charter.cli;

import dev.charter.proofs.cases.AssertionOutcome;
import dev.charter.proofs.cases.CaseOutcome;
import dev.charter.proofs.cases.SuiteRun;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Test results in the XML that Maven Surefire writes and CI servers read: one
 * {@code <testsuite>} per test file under a {@code <testsuites>} root, a {@code <testcase>} per
 * test, {@code <failure>} for a wrong decision and {@code <error>} for a test that could not run.
 */
final class JunitXml {

    private JunitXml() {
    }

    static String of(List<SuiteRun> runs) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "charter test");
            xml.writeAttribute("tests", Long.toString(runs.stream().mapToLong(JunitXml::tests).sum()));
            xml.writeAttribute("failures", Long.toString(runs.stream().mapToLong(JunitXml::failures).sum()));
            xml.writeAttribute("errors", Long.toString(runs.stream().mapToLong(JunitXml::errors).sum()));
            xml.writeAttribute("time", seconds(runs.stream().mapToLong(JunitXml::nanos).sum()));
            for (SuiteRun run : runs) {
                suite(xml, run);
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

    private static void suite(XMLStreamWriter xml, SuiteRun run) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", run.file());
        xml.writeAttribute("tests", Long.toString(tests(run)));
        xml.writeAttribute("failures", Long.toString(failures(run)));
        xml.writeAttribute("errors", Long.toString(errors(run)));
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(nanos(run)));
        String className = className(run.file());
        if (run.error().isPresent()) {
            testcase(xml, className, "(file)", 0);
            problem(xml, "error", "the test file could not run", run.error().get());
            endTestcase(xml);
        }
        for (CaseOutcome outcome : run.outcomes()) {
            testcase(xml, className, outcome.test().name(), outcome.duration().toNanos());
            if (outcome.error().isPresent()) {
                problem(xml, "error", outcome.error().get(), outcome.error().get());
            } else if (!outcome.passed()) {
                problem(xml, "failure", TestReport.summary(outcome), TestReport.details(outcome));
            }
            endTestcase(xml);
        }
        for (AssertionOutcome assertion : run.assertions()) {
            testcase(xml, className, "assertion " + assertion.name(), 0);
            if (!assertion.passed()) {
                String kind = assertion.verdict().equals("inconclusive") ? "error" : "failure";
                problem(xml, kind, "expected " + assertion.expected() + ", got " + assertion.verdict(), TestReport.details(assertion));
            }
            endTestcase(xml);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void testcase(XMLStreamWriter xml, String className, String name, long nanos) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", name);
        xml.writeAttribute("classname", className);
        xml.writeAttribute("time", seconds(nanos));
    }

    private static void endTestcase(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
    }

    private static void problem(XMLStreamWriter xml, String kind, String message, String body) throws XMLStreamException {
        xml.writeStartElement(kind);
        xml.writeAttribute("message", message);
        xml.writeAttribute("type", "charter." + kind);
        xml.writeCharacters(body);
        xml.writeEndElement();
    }

    /** {@code examples/fintech/lending.charter-test} → {@code examples.fintech.lending}, as CI tools group by class. */
    static String className(String file) {
        String withoutExtension = file.endsWith(".charter-test") ? file.substring(0, file.length() - ".charter-test".length()) : file;
        return withoutExtension.replaceAll("^[./\\\\]+", "").replaceAll("[/\\\\]+", ".");
    }

    private static long tests(SuiteRun run) {
        return run.outcomes().size() + run.assertions().size() + (run.error().isPresent() ? 1 : 0);
    }

    private static long errors(SuiteRun run) {
        return run.outcomes().stream().filter(o -> o.error().isPresent()).count()
                + run.assertions().stream().filter(a -> a.verdict().equals("inconclusive")).count()
                + (run.error().isPresent() ? 1 : 0);
    }

    private static long failures(SuiteRun run) {
        return run.outcomes().stream().filter(o -> o.error().isEmpty() && !o.passed()).count()
                + run.assertions().stream().filter(a -> !a.passed() && !a.verdict().equals("inconclusive")).count();
    }

    private static long nanos(SuiteRun run) {
        return run.outcomes().stream().mapToLong(o -> o.duration().toNanos()).sum();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
