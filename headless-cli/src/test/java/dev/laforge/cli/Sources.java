package dev.laforge.cli;

/** Small .forge sources the CLI tests run on, with the diagnostics each one is known to produce. */
final class Sources {

  private Sources() {}

  /** A valid domain without any diagnostic. */
  static final String CLEAN = """
      model Tag {
        id: uuid pk
        tenantId: uuid tenant
        name: string
      }
      """;

  /** Two errors: LF201 at 1:7 (no primary key) and LF107 at 9:10 (unknown type `strin`). */
  static final String BROKEN = """
      model Post {
        tenantId: uuid tenant
        title: string
      }

      model Tag {
        id: uuid pk
        tenantId: uuid tenant
        label: strin
      }
      """;

  /** Only a warning: LF306 at 1:7 (no tenant field and no policy). */
  static final String WARNING_ONLY = """
      model Country {
        id: uuid pk
        name: string
      }
      """;

  /** Only an info: LF214 at 5:18 (hasMany without a declared inverse adds an implicit foreign key). */
  static final String INFO_ONLY = """
      model Author {
        id: uuid pk
        tenantId: uuid tenant
        name: string
        books: hasMany(Book)
      }

      model Book {
        id: uuid pk
        tenantId: uuid tenant
        title: string
      }
      """;

  /** A syntax error: LF101 at 3:9 (missing ':'). */
  static final String SYNTAX_ERROR = """
      model Article {
        id: uuid pk
        title string
        tenantId: uuid tenant
      }
      """;

  /** {@link #CLEAN} in a non-canonical layout. */
  static final String UNFORMATTED = "model   Tag{\nid: uuid   pk\n    tenantId :uuid tenant\n  name: string}\n";
}
