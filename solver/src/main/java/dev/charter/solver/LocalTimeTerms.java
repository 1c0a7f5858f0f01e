package dev.charter.solver;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.IntExpr;
import com.microsoft.z3.IntSort;
import dev.charter.runtime.ir.TimeAttribute;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link TimeAttribute}s as Z3 terms of two unknowns, the local date (its epoch day) and the
 * local minute of the day, exactly as {@link TimeAttribute#read} computes them from the local
 * second count: the hour and minute by division by 60, the weekday from the epoch day modulo 7,
 * divisions by positive constants, which Z3's integer {@code div} and {@code mod} floor as
 * Java's {@code floorDiv} does.
 * Every field being a function of the same two unknowns, a request the solver chooses is always
 * one local date and time.
 */
final class LocalTimeTerms {

    /** The last minute of a day. */
    static final int LAST_MINUTE = 24 * 60 - 1;

    private final Context z3;

    LocalTimeTerms(Context z3) {
        this.z3 = z3;
    }

    /** The attribute's term, given the terms of the local epoch day and minute of the day. */
    ArithExpr<IntSort> term(TimeAttribute attribute, IntExpr date, IntExpr minuteOfDay) {
        return switch (attribute) {
            case HOUR -> z3.mkDiv(minuteOfDay, z3.mkInt(60));
            case MINUTE -> z3.mkMod(minuteOfDay, z3.mkInt(60));
            case OF_DAY -> minuteOfDay;
            case DATE -> date;
            // 1970-01-01 was a Thursday, index 3 counting from Monday, as the Weekday enum's codes do.
            case WEEKDAY -> z3.mkMod(z3.mkAdd(date, z3.mkInt(3)), z3.mkInt(7));
        };
    }

    /** The minute of the day is a time on the clock. */
    BoolExpr domain(ArithExpr<?> minuteOfDay) {
        return z3.mkAnd(z3.mkGe(minuteOfDay, z3.mkInt(0)), z3.mkLe(minuteOfDay, z3.mkInt(LAST_MINUTE)));
    }

    /**
     * The minutes of the date that a DST change skips in the zone (no instant is then
     * {@code HH:MM:00} local), as a condition that the minute of the day is none of them.
     */
    BoolExpr existsOn(LocalDate date, ZoneRules zone, IntExpr minuteOfDay) {
        List<BoolExpr> skipped = new ArrayList<>();
        for (int minute = 0; minute <= LAST_MINUTE; minute++) {
            if (zone.getValidOffsets(LocalDateTime.of(date, LocalTime.of(minute / 60, minute % 60)))
                    .isEmpty()) {
                skipped.add(z3.mkEq(minuteOfDay, z3.mkInt(minute)));
            }
        }
        return z3.mkNot(z3.mkOr(skipped.toArray(new BoolExpr[0])));
    }
}
