package dev.laforge.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.language.formatting2.SourceFormatter;
import org.junit.jupiter.api.Test;

class FormatterTest {

  static final SourceFormatter FORMATTER =
      new ForgeStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(SourceFormatter.class);

  @Test
  void designExampleIsStableAfterOneFormat() {
    String once = FORMATTER.format(DesignExampleTest.DESIGN_EXAMPLE).orElseThrow();
    System.out.println(once);
    assertEquals(once, FORMATTER.format(once).orElseThrow());
  }

  @Test
  void messyInputBecomesCanonical() {
    String messy = "model   User{id:uuid pk,\n  email : string  unique   length( 3 .. 320 )   residency( us-east )\n"
        + "  age: integer min( -1 )}\npolicy User.read{ record.id==user.id&&!( record.email==\"x\" ) }\n";
    String expected = """
        model User {
          id: uuid pk,
          email: string unique length(3..320) residency(us-east)
          age: integer min(-1)
        }

        policy User.read {
          record.id == user.id && !(record.email == "x")
        }
        """;
    assertEquals(expected, FORMATTER.format(messy).orElseThrow());
  }

  @Test
  void syntaxErrorsAreNotFormatted() {
    assertTrue(FORMATTER.format("model {").isEmpty());
  }
}
