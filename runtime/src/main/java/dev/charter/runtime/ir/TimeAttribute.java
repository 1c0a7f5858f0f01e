package dev.charter.runtime.ir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import java.util.Optional;

/**
 * The built-in {@code time.*} attributes: fields of the request's {@code time} instant read in the
 * constitution's time zone. This is their one definition: the compiler types them from it, the
 * runtime reads them with {@link #read}, and the solver encodes them as the same local fields.
 *
 * <p>Every field is read from the <em>local</em> second count, {@code epochSecond + offset}, where
 * the offset is the zone's at that instant; so a wall-clock time that a DST change skips never
 * occurs, and one it repeats occurs twice.
 */
public enum TimeAttribute {
    /** The hour of the day, 0 to 23. */
    HOUR("hour", PrimitiveType.INT),
    /** The minute of the hour, 0 to 59. */
    MINUTE("minute", PrimitiveType.INT),
    /** The time of day as minutes since midnight, 0 to 1439; {@code 09:30} is 570. */
    OF_DAY("of_day", PrimitiveType.INT),
    /** The calendar date. */
    DATE("date", PrimitiveType.DATE),
    /** The day of the month, 1 to 31. */
    DAY("day", PrimitiveType.INT),
    /** The month of the year, 1 (January) to 12. */
    MONTH("month", PrimitiveType.INT),
    /** The day of the week, an {@link EnumType#WEEKDAY}. */
    WEEKDAY("weekday", EnumType.WEEKDAY);

    private final String attributeName;
    private final ValueType type;

    TimeAttribute(String attributeName, ValueType type) {
        this.attributeName = attributeName;
        this.type = type;
    }

    /** The name after {@code time.}, e.g. {@code of_day}. */
    public String attributeName() {
        return attributeName;
    }

    public ValueType type() {
        return type;
    }

    /** The attribute of that name, if there is one. */
    public static Optional<TimeAttribute> named(String name) {
        for (TimeAttribute a : values()) {
            if (a.attributeName.equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The local second count of an instant in a zone: the epoch second plus the zone's offset then. */
    public static long localSecond(Instant time, ZoneRules zone) {
        return time.getEpochSecond() + zone.getOffset(time).getTotalSeconds();
    }

    /** The attribute's value at a local second count, as a language value. */
    public Value value(long localSecond) {
        Object form = read(localSecond);
        return switch (this) {
            case DATE -> new Value.DateValue((LocalDate) form);
            case WEEKDAY -> new Value.EnumValue(EnumType.WEEKDAY, (String) form);
            default -> new Value.IntValue((Long) form);
        };
    }

    /**
     * Whether the local second count falls on a date {@code LocalDate} can hold: not so within a
     * day of {@code Instant.MAX} or {@code Instant.MIN}, where the zone's offset carries the local
     * date past year 999,999,999.
     */
    public static boolean hasDate(long localSecond) {
        long epochDay = Math.floorDiv(localSecond, 86_400L);
        return epochDay >= LocalDate.MIN.toEpochDay() && epochDay <= LocalDate.MAX.toEpochDay();
    }

    /**
     * The attribute's value in the runtime's slot form ({@code Long}, {@code LocalDate}, or the
     * weekday's name) at a local second count that {@link #hasDate has a date}.
     */
    public Object read(long localSecond) {
        return read(localSecond, localDate(localSecond));
    }

    /** The local date of a local second count that {@link #hasDate has a date}. */
    public static LocalDate localDate(long localSecond) {
        return LocalDate.ofEpochDay(Math.floorDiv(localSecond, 86_400L));
    }

    /**
     * {@link #read} given the {@link #localDate} of the same local second count, so that a caller
     * reading every attribute computes the date once.
     */
    public Object read(long localSecond, LocalDate date) {
        long secondOfDay = Math.floorMod(localSecond, 86_400L);
        return switch (this) {
            case HOUR -> secondOfDay / 3_600L;
            case MINUTE -> secondOfDay / 60L % 60L;
            case OF_DAY -> secondOfDay / 60L;
            case DATE -> date;
            case DAY -> (long) date.getDayOfMonth();
            case MONTH -> (long) date.getMonthValue();
            // 1970-01-01 was a Thursday, index 3 counting from Monday.
            case WEEKDAY -> Schema.WEEKDAYS.get((int) Math.floorMod(date.toEpochDay() + 3, 7L));
        };
    }
}
