package dev.laforge.backend.policy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and date-times in policies: they compare chronologically. A {@code date} is a calendar
 * day; a {@code datetime} is an instant, kept to microseconds like PostgreSQL. Text is read as
 * ISO-8601 ({@code 2024-05-01}, {@code 2024-05-01T10:00:00.5+02:00}, a space instead of
 * {@code T}); a date-time without an offset, and a date compared with a date-time, is in UTC.
 * Anything else reads as null, so a comparison with it is UNKNOWN rather than an error.
 */
final class Temporal {

  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DATE_TIME = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");

  private static final DateTimeFormatter MILLIS_UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MICROS_UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

  private Temporal() {}

  /** A calendar day from {@code yyyy-MM-dd} text or a date object, else null. */
  static LocalDate date(Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof CharSequence text) {
      Matcher m = DATE.matcher(text);
      if (m.matches()) {
        try {
          return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** An instant (microsecond precision) from ISO text or a date/time object, else null. */
  static Instant instant(Object value) {
    Instant result = null;
    if (value instanceof Instant i) {
      result = i;
    } else if (value instanceof OffsetDateTime o) {
      result = o.toInstant();
    } else if (value instanceof ZonedDateTime z) {
      result = z.toInstant();
    } else if (value instanceof LocalDateTime l) {
      result = l.toInstant(ZoneOffset.UTC);
    } else if (value instanceof LocalDate d) {
      result = d.atStartOfDay(ZoneOffset.UTC).toInstant();
    } else if (value instanceof java.sql.Date d) {
      result = d.toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    } else if (value instanceof java.util.Date d) {
      result = d.toInstant();
    } else if (value instanceof CharSequence text) {
      result = parseInstant(text.toString());
    }
    return result == null ? null : result.truncatedTo(ChronoUnit.MICROS);
  }

  /** {@code 2024-05-01T08:00:00.000Z}: SQLite's {@code strftime('%Y-%m-%dT%H:%M:%fZ')} form. */
  static String sqliteText(Instant instant) {
    return MILLIS_UTC.format(instant);
  }

  /** {@code 2024-05-01 08:00:00.000000}: a MySQL DATETIME(6) literal in UTC. */
  static String mysqlText(Instant instant) {
    return MICROS_UTC.format(instant);
  }

  /** {@code 2024-05-01T08:00:00Z}: ISO-8601 with an explicit offset, which PostgreSQL reads whatever its TimeZone. */
  static String isoText(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  private static Instant parseInstant(String text) {
    Matcher m = DATE_TIME.matcher(text);
    if (!m.matches()) {
      return null;
    }
    try {
      LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      String fraction = m.group(7) == null ? "" : m.group(7);
      int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
      LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
      return LocalDateTime.of(day, time).toInstant(offset(m.group(8)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String text) {
    if (text == null || text.equals("Z")) {
      return ZoneOffset.UTC;
    }
    String digits = text.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
    int sign = text.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }
}
