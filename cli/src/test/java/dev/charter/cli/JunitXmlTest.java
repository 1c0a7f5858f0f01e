package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.proofs.cases.SuiteRun;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitXmlTest {

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void counts_tests_failures_and_errors_like_surefire() throws Exception {
        Document xml = parse(JunitXml.of(List.of(TestRuns.mixed())));
        Element root = xml.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        Element suite = (Element) root.getElementsByTagName("testsuite").item(0);
        assertEquals(TestRuns.FILE, suite.getAttribute("name"));
        assertEquals("4", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("errors"));
        assertEquals("0", suite.getAttribute("skipped"));
        assertEquals("4", root.getAttribute("tests"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(4, cases.getLength());
        assertEquals("examples.fintech.lending", ((Element) cases.item(0)).getAttribute("classname"));
        assertEquals("0.002", ((Element) cases.item(0)).getAttribute("time"));
    }

    @Test
    void a_wrong_decision_is_a_failure_with_the_diff_and_the_trace() throws Exception {
        Document xml = parse(JunitXml.of(List.of(TestRuns.mixed())));
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertEquals(
                "expected escalate by large_payment, got deny by no_credit_changes code rule",
                failure.getAttribute("message"));
        assertTrue(
                failure.getTextContent().contains("- decision: escalate\n+ decision: deny"), failure.getTextContent());
        assertTrue(failure.getTextContent().contains("\"matched\""), failure.getTextContent());
        Element error = (Element) xml.getElementsByTagName("error").item(0);
        assertEquals("facts.json: no such file", error.getAttribute("message"));
    }

    @Test
    void names_with_markup_characters_survive_the_round_trip() throws Exception {
        Document xml = parse(JunitXml.of(List.of(TestRuns.mixed())));
        assertEquals(
                "credit <limits> & \"quotes\"",
                ((Element) xml.getElementsByTagName("testcase").item(1)).getAttribute("name"));
    }

    @Test
    void a_file_that_could_not_run_is_one_error() throws Exception {
        SuiteRun broken = new SuiteRun(
                "bad.charter-test",
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.of("bad.charter-test:1:1: expected `test`"));
        Document xml = parse(JunitXml.of(List.of(broken, TestRuns.mixed())));
        assertEquals("5", xml.getDocumentElement().getAttribute("tests"));
        assertEquals("2", xml.getDocumentElement().getAttribute("errors"));
    }

    @Test
    void each_suite_carries_the_rule_coverage_of_its_constitution_over_the_run_as_properties() throws Exception {
        Document xml = parse(JunitXml.of(List.of(TestRuns.mixed(), TestRuns.assertionsOnly())));
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertEquals("examples/fintech/lending.charter", property(suite, "charter.constitution"));
        assertEquals("4", property(suite, "charter.rules"));
        assertEquals("2", property(suite, "charter.rules.decided"));
        assertEquals("balance_ok,large_payment", property(suite, "charter.rules.undecided"));
    }

    @Test
    void assertions_are_a_suite_of_their_own_with_the_count_of_each_verdict() throws Exception {
        Document xml = parse(JunitXml.of(List.of(TestRuns.mixed(), TestRuns.assertionsOnly())));
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertEquals(3, suites.getLength(), "the two files' tests and the second file's assertions");
        Element assertions = (Element) suites.item(2);
        assertEquals("other.charter-test (assertions)", assertions.getAttribute("name"));
        assertEquals("4", assertions.getAttribute("tests"));
        assertEquals("1", assertions.getAttribute("failures"));
        assertEquals("1", assertions.getAttribute("errors"));
        assertEquals("1", property(assertions, "charter.assertions.proved"));
        assertEquals("2", property(assertions, "charter.assertions.refuted"));
        assertEquals("1", property(assertions, "charter.assertions.inconclusive"));
        assertEquals(
                "other.assertions",
                ((Element) assertions.getElementsByTagName("testcase").item(0)).getAttribute("classname"));
        assertEquals("8", xml.getDocumentElement().getAttribute("tests"));
    }

    private static String property(Element suite, String name) {
        NodeList properties = suite.getElementsByTagName("property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if (property.getAttribute("name").equals(name)) {
                return property.getAttribute("value");
            }
        }
        throw new AssertionError("no property " + name);
    }
}
