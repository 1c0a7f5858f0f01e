package dev.charter.runtime.ir;

import java.time.LocalDate;

/**
 * The constitution's header. {@code reviewedBy} and {@code reviewedOn} may be null;
 * {@code timezone} is a valid {@link java.time.ZoneId} ({@code UTC} when not given).
 */
public record Metadata(String name, long version, String reviewedBy, LocalDate reviewedOn, String timezone) {}
