package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.proofs.cases.SuiteRun;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitXmlTest {

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
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
        assertEquals("expected escalate by large_payment, got deny by no_credit_changes code rule", failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("- decision: escalate\n+ decision: deny"), failure.getTextContent());
        assertTrue(failure.getTextContent().contains("\"matched\""), failure.getTextContent());
        Element error = (Element) xml.getElementsByTagName("error").item(0);
        assertEquals("facts.json: no such file", error.getAttribute("message"));
    }

    @Test
    void names_with_markup_characters_survive_the_round_trip() throws Exception {
        Document xml = parse(JunitXml.of(List.of(TestRuns.mixed())));
        assertEquals("credit <limits> & \"quotes\"", ((Element) xml.getElementsByTagName("testcase").item(1)).getAttribute("name"));
    }

    @Test
    void a_file_that_could_not_run_is_one_error() throws Exception {
        SuiteRun broken = new SuiteRun("bad.charter-test", List.of(), List.of(), java.util.Optional.of("bad.charter-test:1:1: expected `test`"));
        Document xml = parse(JunitXml.of(List.of(broken, TestRuns.mixed())));
        assertEquals("5", xml.getDocumentElement().getAttribute("tests"));
        assertEquals("2", xml.getDocumentElement().getAttribute("errors"));
    }
}
