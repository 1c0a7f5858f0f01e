package dev.charter.compiler.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.charter.compiler.SourceFile;
import org.junit.jupiter.api.Test;

class FormatterTest {

    private static String format(String text) {
        FormatResult result = Formatter.format(new SourceFile("t.charter", text));
        return assertInstanceOf(FormatResult.Formatted.class, result, result::toString)
                .text();
    }

    @Test
    void lays_out_declarations_canonically() {
        assertEquals(
                """
                action pay { amount: decimal }

                rule small:
                  permit pay
                  when request.amount < 100;

                default deny;
                """,
                format(
                        "action   pay{amount:decimal}\nrule small: permit pay when request.amount<100;\n\n\n\ndefault deny;"));
    }

    @Test
    void single_line_declarations_written_together_stay_together() {
        assertEquals(
                """
                enum Role { teller, auditor }
                enum Tier { basic, gold }

                relation grants(role: Role, act: action)
                """,
                format(
                        "enum Role {teller, auditor}\nenum Tier {basic,gold}\n\nrelation grants(role: Role, act: action)\n"));
    }

    @Test
    void keeps_comments_above_after_inside_and_at_the_end_of_declarations() {
        assertEquals("""
                // Payments policy.

                /* the only action */
                action pay { amount: decimal } // amounts in EUR

                // why small
                rule small:
                  permit pay
                  // the limit is the board's
                  when request.amount < 100;

                // end
                """, format("""
                // Payments policy.

                /* the only action */
                action pay {
                  amount: decimal
                } // amounts in EUR
                // why small
                rule small: permit pay
                  // the limit is the board's
                  when request.amount < 100;

                // end
                """));
    }

    @Test
    void a_condition_wider_than_a_line_is_broken_before_each_top_level_and() {
        String rule = "rule large: escalate pay to \"ops\" when request.amount >= 10000 and context.verified "
                + "and (context.region == \"eu\" or context.region == \"uk\") and may(agent, pay);";
        assertEquals("""
                rule large:
                  escalate pay to "ops"
                  when request.amount >= 10000
                   and context.verified
                   and (context.region == "eu" or context.region == "uk")
                   and may(agent, pay);
                """, format(rule));
    }

    @Test
    void comments_beside_header_fields_and_rule_clauses_stay_beside_them() {
        assertEquals("""
                constitution "c" version 1 {
                  reviewed_by "x" // who
                  timezone "UTC" // where
                }

                rule r:
                  permit pay /* always */
                  priority 3;
                """, format("""
                constitution "c" version 1 { reviewed_by "x"  // who
                  timezone "UTC"   // where
                }
                rule r: permit pay /* always */ priority 3;
                """));
    }

    @Test
    void comments_inside_a_condition_printed_on_one_line_follow_that_line_in_order() {
        assertEquals("""
                rule r:
                  permit x // what
                  when context.a and context.b > 1 or context.b > 5 // why a
                  // or
                  because "y"; // end
                """, format("""
                rule r:
                  permit x // what
                  when (context.a // why a
                    and context.b > 1) or context.b > 5 // or
                  because "y"; // end
                """));
    }

    @Test
    void a_comment_that_would_end_up_after_the_declaration_moves_above_it() {
        assertEquals("""
                // one
                action pay { amount: decimal }
                """, format("action pay { amount: decimal // one\n}\n"));
    }

    @Test
    void a_file_of_comments_alone_keeps_them() {
        assertEquals("// nothing yet\n\n/* later */\n", format("// nothing yet   \n\n\n/* later */"));
    }

    @Test
    void a_file_with_syntax_errors_is_refused_with_them() {
        FormatResult result = Formatter.format(new SourceFile("t.charter", "rule r: permit;\n"));
        FormatResult.Refused refused = assertInstanceOf(FormatResult.Refused.class, result);
        assertEquals("syntax-error", refused.diagnostics().get(0).code().code());
    }
}
