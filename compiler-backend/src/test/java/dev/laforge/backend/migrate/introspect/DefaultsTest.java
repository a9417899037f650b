package dev.laforge.backend.migrate.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.sql.sqlite.SqliteFragments;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Default expressions as each database prints them, back to the IR. */
class DefaultsTest {

  @Test
  void literalsLoseTheirCastsAndParentheses() {
    assertEquals(new DefaultValue.Text("member"), Defaults.parse("'member'::text", ScalarType.STRING));
    assertEquals(new DefaultValue.Text("it's"), Defaults.parse("'it''s'::character varying", ScalarType.STRING));
    assertEquals(new DefaultValue.Text("a\\b"), Defaults.parse("E'a\\\\b'::text", ScalarType.TEXT));
    assertEquals(new DefaultValue.Text("a::b"), Defaults.parse("'a::b'::text", ScalarType.TEXT));
    assertEquals(new DefaultValue.Number(new BigDecimal("-1")), Defaults.parse("(-1)", ScalarType.INTEGER));
    assertEquals(new DefaultValue.Number(new BigDecimal("1.50")), Defaults.parse("'1.50'::numeric", ScalarType.DECIMAL));
    assertEquals(new DefaultValue.EnumValue("draft"), Defaults.parse("'draft'::\"post status\"", ScalarType.ENUM));
    assertEquals(new DefaultValue.Null(), Defaults.parse("NULL::text", ScalarType.TEXT));
  }

  @Test
  void booleansStoredAsNumbersAreBooleans() {
    assertEquals(new DefaultValue.Bool(false), Defaults.parse("0", ScalarType.BOOLEAN));
    assertEquals(new DefaultValue.Bool(true), Defaults.parse("true", ScalarType.BOOLEAN));
    assertEquals(new DefaultValue.Number(BigDecimal.ONE), Defaults.parse("1", ScalarType.INTEGER));
  }

  @Test
  void clockAndRandomUuidOfEveryWriter() {
    for (String now : new String[] {"now()", "CURRENT_TIMESTAMP", "current_timestamp(6)", "curdate()", "CURRENT_DATE", SqliteFragments.NOW}) {
      assertEquals(new DefaultValue.Now(), Defaults.parse(now, ScalarType.DATETIME), now);
    }
    for (String uuid : new String[] {"gen_random_uuid()", "uuid()", SqliteFragments.UUID_V4}) {
      assertEquals(new DefaultValue.Uuid(), Defaults.parse(uuid, ScalarType.UUID), uuid);
    }
  }

  @Test
  void mariadbConcatOfABackslashString() {
    assertEquals(new DefaultValue.Text("it's \\ x"),
        Defaults.parse("concat('it\\'s ',char(92 using utf8mb4),' x')", ScalarType.TEXT));
  }

  @Test
  void otherExpressionsAreNotLaForgeDefaults() {
    assertEquals(null, Defaults.parse("nextval('notes_id_seq'::regclass)", ScalarType.INTEGER));
    assertEquals(null, Defaults.parse("lower('x')", ScalarType.TEXT));
    assertEquals(null, Defaults.parse(null, ScalarType.TEXT));
  }
}
