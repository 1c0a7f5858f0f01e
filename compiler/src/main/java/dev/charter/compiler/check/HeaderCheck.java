package dev.charter.compiler.check;

import dev.charter.compiler.ast.ConstitutionFile;
import dev.charter.compiler.ast.Header;
import dev.charter.compiler.ast.Literal;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.ir.SourceSpan;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The header: exactly one {@code constitution "name" version N { ... }} over all files, with the
 * known fields {@code reviewed_by "who"}, {@code reviewed_on DATE} and {@code timezone "Zone/Id"}.
 */
final class HeaderCheck {

    private static final List<String> FIELDS = List.of("reviewed_by", "reviewed_on", "timezone");

    private final Declarations declarations;
    private final Diagnostics diagnostics;

    private HeaderCheck(Declarations declarations, Diagnostics diagnostics) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
    }

    static void check(Declarations declarations, Diagnostics diagnostics) {
        new HeaderCheck(declarations, diagnostics).run();
    }

    private void run() {
        Header first = null;
        for (ConstitutionFile file : declarations.files) {
            if (file.header().isEmpty()) {
                continue;
            }
            Header header = file.header().get();
            if (first == null) {
                first = header;
            } else {
                diagnostics.add(Diagnostic.of(
                                DiagnosticCode.DUPLICATE_HEADER,
                                header.span(),
                                "a constitution has exactly one header, but this is a second one",
                                "keep the `constitution` header in one file only")
                        .withLabel(first.span(), "first header here"));
            }
        }
        if (first == null) {
            ConstitutionFile file = declarations.files.get(0);
            diagnostics.report(
                    DiagnosticCode.MISSING_HEADER,
                    new SourceSpan(file.fileName(), 1, 1, 1, 1),
                    "the constitution has no header",
                    "start one file with `constitution \"name\" version 1 { timezone \"UTC\" }`");
            return;
        }
        declarations.name = first.name().value();
        version(first.version());
        Map<String, SourceSpan> seen = new HashMap<>();
        for (Header.Field field : first.fields()) {
            SourceSpan earlier =
                    seen.putIfAbsent(field.key().text(), field.key().span());
            if (earlier != null) {
                diagnostics.add(Diagnostic.of(
                                DiagnosticCode.DUPLICATE_HEADER_FIELD,
                                field.key().span(),
                                "header field `" + field.key().text() + "` is given twice",
                                "keep one of them")
                        .withLabel(earlier, "first given here"));
            } else {
                field(field);
            }
        }
    }

    private void version(Literal.IntLiteral version) {
        BigInteger value = version.value();
        if (value.bitLength() > 63) {
            diagnostics.report(
                    DiagnosticCode.INVALID_VERSION,
                    version.span(),
                    "version " + version.text() + " is too large",
                    "versions are whole numbers up to " + Long.MAX_VALUE);
            return;
        }
        declarations.version = value.longValue();
    }

    private void field(Header.Field field) {
        String key = field.key().text();
        Literal value = field.value();
        switch (key) {
            case "reviewed_by" -> {
                if (value instanceof Literal.StringLiteral s) {
                    declarations.reviewedBy = s.value();
                } else {
                    wrongType(field, "a string", "reviewed_by \"compliance-team\"");
                }
            }
            case "reviewed_on" -> {
                if (value instanceof Literal.DateLiteral d) {
                    declarations.reviewedOn = LocalDate.parse(d.text());
                } else {
                    wrongType(field, "a date", "reviewed_on 2026-03-01");
                }
            }
            case "timezone" -> {
                if (value instanceof Literal.StringLiteral s) {
                    timezone(s);
                } else {
                    wrongType(field, "a zone id in quotes", "timezone \"Europe/London\"");
                }
            }
            default -> {
                String help = DidYouMean.help(key, FIELDS);
                diagnostics.report(
                        DiagnosticCode.UNKNOWN_HEADER_FIELD,
                        field.key().span(),
                        "unknown header field `" + key + "`",
                        help != null ? help : "the header fields are reviewed_by, reviewed_on and timezone");
            }
        }
    }

    private void timezone(Literal.StringLiteral zone) {
        try {
            declarations.timezone = ZoneId.of(zone.value()).getId();
        } catch (DateTimeException e) {
            String help = DidYouMean.help(zone.value(), new TreeSet<>(ZoneId.getAvailableZoneIds()));
            diagnostics.report(
                    DiagnosticCode.INVALID_TIMEZONE,
                    zone.span(),
                    "\"" + zone.value() + "\" is not a time zone",
                    help != null ? help : "use an IANA zone id such as \"UTC\" or \"Europe/London\"");
        }
    }

    private void wrongType(Header.Field field, String expected, String example) {
        diagnostics.report(
                DiagnosticCode.HEADER_FIELD_TYPE,
                field.value().span(),
                "header field `" + field.key().text() + "` must be " + expected,
                "write it like `" + example + "`");
    }
}
