package dev.laforge.backend.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.testing.SampleDomains;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaGeneratorsTest {

  @Test
  void oneGeneratorPerDialectInAFixedOrder() {
    assertEquals(List.of(PostgresSchemaGenerator.class, MySqlSchemaGenerator.class, SqliteSchemaGenerator.class),
        classes(SchemaGenerators.forDialects(List.of(Dialect.SQLITE, Dialect.MYSQL, Dialect.POSTGRES))));
    assertEquals(List.of(MySqlSchemaGenerator.class, SqliteSchemaGenerator.class),
        classes(SchemaGenerators.forDialects(List.of(Dialect.SQLITE, Dialect.MYSQL, Dialect.SQLITE))));
    assertEquals(List.of(), SchemaGenerators.forDialects(List.of()));
  }

  @Test
  void eachDialectWritesItsOwnSchemaFile() {
    Domain blog = SampleDomains.blog();
    List<String> paths = SchemaGenerators.forDialects(List.of(Dialect.values())).stream()
        .flatMap(g -> g.generate(blog).stream())
        .map(GeneratedFile::path)
        .toList();
    assertEquals(List.of("sql/postgres/schema.sql", "sql/mysql/schema.sql", "sql/sqlite/schema.sql"), paths);
  }

  private static List<Class<?>> classes(List<ArtifactGenerator> generators) {
    return generators.stream().<Class<?>>map(Object::getClass).toList();
  }
}
