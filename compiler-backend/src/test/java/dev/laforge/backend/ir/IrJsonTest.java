package dev.laforge.backend.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.testing.SampleDomains;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IrJsonTest {

  static List<Domain> domains() {
    return List.of(SampleDomains.blog(), SampleDomains.selfReferences(), SampleDomains.everyType(),
        SampleDomains.hostileNames(), new Domain(List.of(), List.of(), null));
  }

  @ParameterizedTest
  @MethodSource("domains")
  void roundTripsToAnEqualDomain(Domain domain) {
    String json = IrJson.write(domain);
    assertEquals(domain, IrJson.read(json));
    assertEquals(json, IrJson.write(IrJson.read(json)));
  }

  @ParameterizedTest
  @MethodSource("domains")
  void writesAreByteIdenticalWithUnixLineEndingsAndOneTrailingNewline(Domain domain) {
    String json = IrJson.write(domain);
    assertEquals(json, IrJson.write(domain));
    assertFalse(json.contains("\r"));
    assertTrue(json.endsWith("}\n"));
    assertFalse(json.endsWith("\n\n"));
  }

  @Test
  void emptyDefaultRecordsRoundTrip() {
    Domain domain = SampleDomains.everyType();
    String json = IrJson.write(domain);
    assertTrue(json.contains("\"kind\": \"null\""), json);
    assertTrue(json.contains("\"kind\": \"now\""), json);
    assertTrue(json.contains("\"kind\": \"uuid\""), json);
    assertEquals(domain, IrJson.read(json));
  }

  @Test
  void keysAreSortedNullsOmittedAndHelpersNotSerialized() {
    String json = IrJson.write(SampleDomains.blog());
    assertFalse(json.contains("null,"), "null values are omitted");
    assertFalse(json.contains("\"empty\""), "Validation.isEmpty() is not data");
    assertFalse(json.contains("\"toMany\""), "Relation.toMany() is not data");
    assertTrue(json.indexOf("\"enums\"") < json.indexOf("\"models\""));
    assertTrue(json.indexOf("\"models\"") < json.indexOf("\"rbac\""));
    assertTrue(json.startsWith("{\n  \"enums\": [\n    {\n      \"name\": \"PostStatus\",\n"), json.substring(0, 60));
    assertTrue(json.contains("\"params\": [],"), "empty arrays are written as []");
  }

  @Test
  void malformedInputIsAClearError() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> IrJson.read("{\"models\": 3"));
    assertTrue(error.getMessage().startsWith("not a LaForge IR document"), error.getMessage());
  }
}
