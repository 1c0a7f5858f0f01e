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
 * The {@link TimeAttribute}s as Z3 terms of the unknowns of a {@link LocalClock}: the local date
 * (its epoch day), the local minute of the day, and the date's year, month and day of the month,
 * exactly as {@link TimeAttribute#read} computes them from the local second count: the hour and
 * minute by division by 60, the weekday from the epoch day modulo 7, divisions by positive
 * constants, which Z3's integer {@code div} and {@code mod} floor as Java's {@code floorDiv} does.
 *
 * <p>The day and month are not computed from the epoch day (that inversion, a chain of divisions,
 * makes Z3 time out on coverage-hole queries); instead the epoch day is computed from them,
 * forwards: {@link #calendar} ties the date to the first day of the year plus the days of the
 * months before plus the day. A neighbouring day or month is then a small case split over the
 * same unknowns ({@link #dayBefore}, {@link #monthBefore}, ...), not a second inversion.
 * Every field being a function of the same unknowns, a request the solver chooses is always one
 * local date and time.
 */
final class LocalTimeTerms {

    /** The last minute of a day. */
    static final int LAST_MINUTE = 24 * 60 - 1;

    /** Days of the months before each month in a common year, January first. */
    private static final int[] DAYS_BEFORE_MONTH = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    /** The local date's epoch day of 0000-01-01, the first date the solver considers ({@link ValueCodec}). */
    private static final long EPOCH_DAY_OF_YEAR_ZERO = LocalDate.of(0, 1, 1).toEpochDay();

    /** The unknowns a request's local time is made of; {@code year}, {@code month} and {@code day} name the date's. */
    record LocalClock(IntExpr date, IntExpr minuteOfDay, IntExpr year, IntExpr month, IntExpr day) {}

    /** A date as the epoch day and its year, month and day: a neighbour of a {@link LocalClock}'s date. */
    record CalendarDate(
            ArithExpr<IntSort> date, ArithExpr<IntSort> year, ArithExpr<IntSort> month, ArithExpr<IntSort> day) {}

    private final Context z3;

    LocalTimeTerms(Context z3) {
        this.z3 = z3;
    }

    /** The attribute's term over the clock's unknowns. */
    ArithExpr<IntSort> term(TimeAttribute attribute, LocalClock clock) {
        return switch (attribute) {
            case HOUR -> z3.mkDiv(clock.minuteOfDay(), z3.mkInt(60));
            case MINUTE -> z3.mkMod(clock.minuteOfDay(), z3.mkInt(60));
            case OF_DAY -> clock.minuteOfDay();
            case DATE -> clock.date();
            case DAY -> clock.day();
            case MONTH -> clock.month();
            // 1970-01-01 was a Thursday, index 3 counting from Monday, as the Weekday enum's codes do.
            case WEEKDAY -> z3.mkMod(z3.mkAdd(clock.date(), z3.mkInt(3)), z3.mkInt(7));
        };
    }

    /** The minute of the day is a time on the clock. */
    BoolExpr domain(ArithExpr<?> minuteOfDay) {
        return z3.mkAnd(z3.mkGe(minuteOfDay, z3.mkInt(0)), z3.mkLe(minuteOfDay, z3.mkInt(LAST_MINUTE)));
    }

    /**
     * The clock's year, month and day are its date's: the year within the dates the solver
     * considers (0 to 9999), the month 1 to 12, the day within the month's length, and the epoch
     * day their date's.
     */
    BoolExpr calendar(LocalClock clock) {
        IntExpr year = clock.year();
        return z3.mkAnd(
                z3.mkGe(year, z3.mkInt(0)),
                z3.mkLe(year, z3.mkInt(9999)),
                z3.mkGe(clock.month(), z3.mkInt(1)),
                z3.mkLe(clock.month(), z3.mkInt(12)),
                z3.mkGe(clock.day(), z3.mkInt(1)),
                z3.mkLe(clock.day(), monthLength(year, clock.month())),
                z3.mkEq(clock.date(), epochDay(year, clock.month(), clock.day())));
    }

    /** The day before the clock's date. */
    CalendarDate dayBefore(LocalClock c) {
        BoolExpr firstOfMonth = z3.mkEq(c.day(), z3.mkInt(1));
        BoolExpr january = z3.mkEq(c.month(), z3.mkInt(1));
        ArithExpr<IntSort> year = ite(z3.mkAnd(firstOfMonth, january), z3.mkSub(c.year(), z3.mkInt(1)), c.year());
        ArithExpr<IntSort> month =
                ite(firstOfMonth, ite(january, z3.mkInt(12), z3.mkSub(c.month(), z3.mkInt(1))), c.month());
        ArithExpr<IntSort> day = ite(firstOfMonth, monthLength(year, month), z3.mkSub(c.day(), z3.mkInt(1)));
        return new CalendarDate(z3.mkSub(c.date(), z3.mkInt(1)), year, month, day);
    }

    /** The day after the clock's date. */
    CalendarDate dayAfter(LocalClock c) {
        BoolExpr lastOfMonth = z3.mkEq(c.day(), monthLength(c.year(), c.month()));
        BoolExpr december = z3.mkEq(c.month(), z3.mkInt(12));
        ArithExpr<IntSort> year = ite(z3.mkAnd(lastOfMonth, december), z3.mkAdd(c.year(), z3.mkInt(1)), c.year());
        ArithExpr<IntSort> month =
                ite(lastOfMonth, ite(december, z3.mkInt(1), z3.mkAdd(c.month(), z3.mkInt(1))), c.month());
        ArithExpr<IntSort> day = ite(lastOfMonth, z3.mkInt(1), z3.mkAdd(c.day(), z3.mkInt(1)));
        return new CalendarDate(z3.mkAdd(c.date(), z3.mkInt(1)), year, month, day);
    }

    /**
     * The same day of the month before; {@link #exists} says whether there is one (there is no
     * 31 February).
     */
    CalendarDate monthBefore(LocalClock c) {
        BoolExpr january = z3.mkEq(c.month(), z3.mkInt(1));
        ArithExpr<IntSort> year = ite(january, z3.mkSub(c.year(), z3.mkInt(1)), c.year());
        ArithExpr<IntSort> month = ite(january, z3.mkInt(12), z3.mkSub(c.month(), z3.mkInt(1)));
        return new CalendarDate(z3.mkSub(c.date(), monthLength(year, month)), year, month, c.day());
    }

    /** The same day of the month after; {@link #exists} says whether there is one. */
    CalendarDate monthAfter(LocalClock c) {
        BoolExpr december = z3.mkEq(c.month(), z3.mkInt(12));
        ArithExpr<IntSort> year = ite(december, z3.mkAdd(c.year(), z3.mkInt(1)), c.year());
        ArithExpr<IntSort> month = ite(december, z3.mkInt(1), z3.mkAdd(c.month(), z3.mkInt(1)));
        return new CalendarDate(z3.mkAdd(c.date(), monthLength(c.year(), c.month())), year, month, c.day());
    }

    /** The date is one of the calendar: its day is within its month and its year within 0 to 9999. */
    BoolExpr exists(CalendarDate d) {
        return z3.mkAnd(
                z3.mkGe(d.year(), z3.mkInt(0)),
                z3.mkLe(d.year(), z3.mkInt(9999)),
                z3.mkLe(d.day(), monthLength(d.year(), d.month())));
    }

    @SuppressWarnings("unchecked")
    private ArithExpr<IntSort> ite(BoolExpr condition, ArithExpr<IntSort> then, ArithExpr<IntSort> otherwise) {
        return (ArithExpr<IntSort>) z3.mkITE(condition, then, otherwise);
    }

    /** Whether the year is a leap year of the proleptic Gregorian calendar, as {@code java.time} counts them. */
    private BoolExpr leap(ArithExpr<IntSort> year) {
        return z3.mkAnd(
                z3.mkEq(z3.mkMod(year, z3.mkInt(4)), z3.mkInt(0)),
                z3.mkOr(
                        z3.mkNot(z3.mkEq(z3.mkMod(year, z3.mkInt(100)), z3.mkInt(0))),
                        z3.mkEq(z3.mkMod(year, z3.mkInt(400)), z3.mkInt(0))));
    }

    /** The number of days of the month (1 to 12) in the year. */
    private ArithExpr<IntSort> monthLength(ArithExpr<IntSort> year, ArithExpr<IntSort> month) {
        ArithExpr<IntSort> length = z3.mkInt(31);
        for (int m : new int[] {4, 6, 9, 11}) {
            length = ite(z3.mkEq(month, z3.mkInt(m)), z3.mkInt(30), length);
        }
        return ite(z3.mkEq(month, z3.mkInt(2)), ite(leap(year), z3.mkInt(29), z3.mkInt(28)), length);
    }

    /**
     * The epoch day of the date: 365 days a year since year 0 plus a day for each leap year
     * before it ({@code ceil(y/4) - ceil(y/100) + ceil(y/400)} of them), the days of the months
     * before, and the day.
     */
    private ArithExpr<IntSort> epochDay(IntExpr year, IntExpr month, IntExpr day) {
        ArithExpr<IntSort> leapDaysBefore = z3.mkAdd(
                z3.mkSub(
                        z3.mkDiv(z3.mkAdd(year, z3.mkInt(3)), z3.mkInt(4)),
                        z3.mkDiv(z3.mkAdd(year, z3.mkInt(99)), z3.mkInt(100))),
                z3.mkDiv(z3.mkAdd(year, z3.mkInt(399)), z3.mkInt(400)));
        ArithExpr<IntSort> daysBeforeMonth = z3.mkInt(DAYS_BEFORE_MONTH[11]);
        for (int m = 11; m >= 1; m--) {
            daysBeforeMonth = ite(z3.mkEq(month, z3.mkInt(m)), z3.mkInt(DAYS_BEFORE_MONTH[m - 1]), daysBeforeMonth);
        }
        ArithExpr<IntSort> leapDay = ite(z3.mkAnd(leap(year), z3.mkGt(month, z3.mkInt(2))), z3.mkInt(1), z3.mkInt(0));
        return z3.mkAdd(
                z3.mkInt(EPOCH_DAY_OF_YEAR_ZERO),
                z3.mkMul(z3.mkInt(365), year),
                leapDaysBefore,
                daysBeforeMonth,
                leapDay,
                z3.mkSub(day, z3.mkInt(1)));
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
