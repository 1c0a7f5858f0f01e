package dev.charter.runtime.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TimeAttributeProperties {

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.oneOf(
                        Arbitraries.longs()
                                .between(
                                        Instant.parse("0000-01-02T00:00:00Z").getEpochSecond(),
                                        Instant.parse("9999-12-30T00:00:00Z").getEpochSecond()),
                        // around New York's and London's clock changes of 2026
                        Arbitraries.longs()
                                .between(
                                        Instant.parse("2026-03-08T05:00:00Z").getEpochSecond(),
                                        Instant.parse("2026-03-08T09:00:00Z").getEpochSecond()),
                        Arbitraries.longs()
                                .between(
                                        Instant.parse("2026-10-25T00:00:00Z").getEpochSecond(),
                                        Instant.parse("2026-11-01T08:00:00Z").getEpochSecond()))
                .map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(
                        "UTC", "America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe", "+05:45")
                .map(ZoneId::of);
    }

    @Property(tries = 2000)
    void every_time_attribute_is_the_field_java_time_reads_in_the_zone(
            @ForAll("instants") Instant time, @ForAll("zones") ZoneId zone) {
        ZonedDateTime at = time.atZone(zone);
        long local = TimeAttribute.localSecond(time, zone.getRules());
        assertEquals(new Value.IntValue(at.getHour()), TimeAttribute.HOUR.value(local));
        assertEquals(new Value.IntValue(at.getMinute()), TimeAttribute.MINUTE.value(local));
        assertEquals(new Value.IntValue(at.getHour() * 60L + at.getMinute()), TimeAttribute.OF_DAY.value(local));
        assertEquals(new Value.DateValue(at.toLocalDate()), TimeAttribute.DATE.value(local));
        assertEquals(new Value.IntValue(at.getDayOfMonth()), TimeAttribute.DAY.value(local));
        assertEquals(new Value.IntValue(at.getMonthValue()), TimeAttribute.MONTH.value(local));
        assertEquals(
                new Value.EnumValue(
                        EnumType.WEEKDAY, Schema.WEEKDAYS.get(at.getDayOfWeek().getValue() - 1)),
                TimeAttribute.WEEKDAY.value(local));
    }

    @Example
    void half_past_nine_in_new_york_is_a_different_utc_hour_in_summer_and_winter() {
        ZoneId newYork = ZoneId.of("America/New_York");
        long summer = TimeAttribute.localSecond(Instant.parse("2026-07-14T13:30:00Z"), newYork.getRules());
        long winter = TimeAttribute.localSecond(Instant.parse("2026-01-13T14:30:00Z"), newYork.getRules());
        assertEquals(new Value.IntValue(570), TimeAttribute.OF_DAY.value(summer));
        assertEquals(new Value.IntValue(570), TimeAttribute.OF_DAY.value(winter));
        assertEquals(new Value.DateValue(LocalDate.of(2026, 1, 13)), TimeAttribute.DATE.value(winter));
    }

    @Example
    void an_instant_whose_local_date_is_past_the_calendar_has_no_date() {
        assertFalse(TimeAttribute.hasDate(
                TimeAttribute.localSecond(Instant.MAX, ZoneId.of("+18:00").getRules())));
        assertFalse(TimeAttribute.hasDate(
                TimeAttribute.localSecond(Instant.MIN, ZoneId.of("-18:00").getRules())));
        assertTrue(TimeAttribute.hasDate(TimeAttribute.localSecond(
                Instant.parse("2026-04-14T11:42:09Z"), ZoneId.of("+18:00").getRules())));
    }
}
