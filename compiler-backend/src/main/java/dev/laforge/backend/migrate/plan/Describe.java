package dev.laforge.backend.migrate.plan;

import dev.laforge.backend.migrate.MigrationOp;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Short English descriptions and file-name slugs of operations: the comments of migration files,
 * and the {@code description} the editor shows for each operation of a migration diff.
 */
public final class Describe {

  private static final int MAX_SLUG = 60;

  /** Operations in the order {@link MigrationOp} declares their kinds, whatever the mode put them in. */
  private static final Comparator<MigrationOp> KIND_ORDER = Comparator.comparingInt(
      op -> List.of(MigrationOp.class.getPermittedSubclasses()).indexOf(op.getClass()));

  private Describe() {}

  /** {@code add column posts.legacy}: what the operation does, for comments. */
  public static String of(MigrationOp op) {
    if (op instanceof MigrationOp.CreateEnum o) {
      return "create enum " + o.enumType().sqlName();
    } else if (op instanceof MigrationOp.DropEnum o) {
      return "drop enum " + o.enumType().sqlName();
    } else if (op instanceof MigrationOp.AddEnumValue o) {
      return "add value '" + o.value() + "' to enum " + o.enumSqlName();
    } else if (op instanceof MigrationOp.RemoveEnumValue o) {
      return "remove value '" + o.value() + "' from enum " + o.enumSqlName();
    } else if (op instanceof MigrationOp.CreateTable o) {
      return "create table " + o.table().name();
    } else if (op instanceof MigrationOp.DropTable o) {
      return "drop table " + o.table().name();
    } else if (op instanceof MigrationOp.AddColumn o) {
      return "add column " + o.table() + "." + o.column().name();
    } else if (op instanceof MigrationOp.DropColumn o) {
      return "drop column " + o.table() + "." + o.column().name();
    } else if (op instanceof MigrationOp.RenameColumn o) {
      return "rename column " + o.table() + "." + o.from() + " to " + o.to();
    } else if (op instanceof MigrationOp.AlterColumnType o) {
      return "change type of " + o.table() + "." + o.column() + " from " + type(o.fromType().name(), o.fromEnum())
          + " to " + type(o.toType().name(), o.toEnum());
    } else if (op instanceof MigrationOp.AlterColumnNullability o) {
      return (o.nullable() ? "drop NOT NULL of " : "set NOT NULL on ") + o.table() + "." + o.column();
    } else if (op instanceof MigrationOp.AlterColumnDefault o) {
      return (o.to() == null ? "drop default of " : "set default of ") + o.table() + "." + o.column();
    } else if (op instanceof MigrationOp.AlterPrimaryKey o) {
      return "change primary key of " + o.table() + " to (" + String.join(", ", o.to()) + ")";
    } else if (op instanceof MigrationOp.AddUnique o) {
      return "add unique " + o.unique().name() + " on " + o.table() + "." + o.unique().column();
    } else if (op instanceof MigrationOp.DropUnique o) {
      return "drop unique " + o.unique().name() + " of " + o.table();
    } else if (op instanceof MigrationOp.AddCheck o) {
      return "add check " + o.check().name() + " on " + o.table() + "." + o.check().column();
    } else if (op instanceof MigrationOp.DropCheck o) {
      return "drop check " + o.check().name() + " of " + o.table();
    } else if (op instanceof MigrationOp.AlterCheck o) {
      return "change check " + o.to().name() + " on " + o.table() + "." + o.to().column();
    } else if (op instanceof MigrationOp.RenameConstraint o) {
      return "rename constraint " + o.from() + " of " + o.table() + " to " + o.to();
    } else if (op instanceof MigrationOp.AddForeignKey o) {
      return "add foreign key " + o.key().name() + " " + o.key().table() + "." + o.key().column() + " -> "
          + o.key().referencedTable();
    } else if (op instanceof MigrationOp.DropForeignKey o) {
      return "drop foreign key " + o.key().name() + " of " + o.key().table();
    } else if (op instanceof MigrationOp.AlterForeignKey o) {
      return "change foreign key " + o.to().name() + " " + o.to().table() + "." + o.to().column() + " -> "
          + o.to().referencedTable();
    } else if (op instanceof MigrationOp.AddIndex o) {
      return "add index " + o.index().name() + " on " + o.index().table();
    } else if (op instanceof MigrationOp.DropIndex o) {
      return "drop index " + o.index().name() + " of " + o.index().table();
    } else if (op instanceof MigrationOp.RenameIndex o) {
      return "rename index " + o.from() + " of " + o.table() + " to " + o.to();
    } else if (op instanceof MigrationOp.AddPolicy o) {
      return "create policy " + o.name() + " on " + o.table();
    } else if (op instanceof MigrationOp.DropPolicy o) {
      return "drop policy " + o.name() + " of " + o.table();
    } else if (op instanceof MigrationOp.AlterPolicy o) {
      return "change policy " + o.name() + " on " + o.table();
    }
    throw new IllegalArgumentException("unknown operation " + op);
  }

  private static String type(String scalar, String enumName) {
    return enumName != null ? "enum " + enumName : scalar.toLowerCase(Locale.ROOT);
  }

  /**
   * The slug of a migration: {@code initial} when it only creates tables (and their enums,
   * foreign keys, indexes and policies) that reference nothing it does not create, as a first
   * migration does; else a verb and the table (and column) of its first change that is not an
   * index or a policy (first in the order {@link MigrationOp} declares the kinds, so both modes
   * give the same slug), with {@code _and_more} when other tables or types change too. Lower-case
   * {@code [a-z0-9_]}, at most {@value #MAX_SLUG} characters.
   */
  static String slug(List<MigrationOp> ops) {
    if (ops.isEmpty()) {
      return "empty";
    }
    if (initial(ops)) {
      return "initial";
    }
    List<MigrationOp> sorted = ops.stream().sorted(KIND_ORDER.thenComparing(MigrationOp::target)
        .thenComparing(Describe::of)).toList();
    MigrationOp first = sorted.stream().filter(Describe::structural).findFirst().orElse(sorted.get(0));
    boolean more = ops.stream().map(MigrationOp::target).distinct().count() > 1;
    String words = clean(verb(first) + " " + first.target() + " " + column(first));
    String suffix = more ? "_and_more" : "";
    if (words.length() + suffix.length() > MAX_SLUG) {
      words = words.substring(0, MAX_SLUG - suffix.length()).replaceAll("_+$", "");
    }
    return words + suffix;
  }

  private static String verb(MigrationOp op) {
    String kind = op.getClass().getSimpleName();
    if (kind.startsWith("Create") || kind.startsWith("Add")) {
      return "add";
    } else if (kind.startsWith("Drop")) {
      return "drop";
    } else if (kind.startsWith("Remove")) {
      return "remove";
    } else if (kind.startsWith("Rename")) {
      return "rename";
    }
    return "alter";
  }

  private static String column(MigrationOp op) {
    if (op instanceof MigrationOp.AddColumn o) {
      return o.column().name();
    } else if (op instanceof MigrationOp.DropColumn o) {
      return o.column().name();
    } else if (op instanceof MigrationOp.RenameColumn o) {
      return o.from();
    } else if (op instanceof MigrationOp.AlterColumnType o) {
      return o.column();
    } else if (op instanceof MigrationOp.AlterColumnNullability o) {
      return o.column();
    } else if (op instanceof MigrationOp.AlterColumnDefault o) {
      return o.column();
    } else if (op instanceof MigrationOp.AddEnumValue o) {
      return o.value();
    } else if (op instanceof MigrationOp.RemoveEnumValue o) {
      return o.value();
    } else if (op instanceof MigrationOp.AddUnique o) {
      return o.unique().column() + " unique";
    } else if (op instanceof MigrationOp.DropUnique o) {
      return o.unique().column() + " unique";
    } else if (op instanceof MigrationOp.AddCheck o) {
      return o.check().column() + " check";
    } else if (op instanceof MigrationOp.DropCheck o) {
      return o.check().column() + " check";
    } else if (op instanceof MigrationOp.AlterCheck o) {
      return o.to().column() + " check";
    } else if (op instanceof MigrationOp.AddForeignKey o) {
      return o.key().column() + " fkey";
    } else if (op instanceof MigrationOp.DropForeignKey o) {
      return o.key().column() + " fkey";
    } else if (op instanceof MigrationOp.AlterForeignKey o) {
      return o.to().column() + " fkey";
    } else if (op instanceof MigrationOp.AlterPrimaryKey) {
      return "pkey";
    } else if (op instanceof MigrationOp.RenameConstraint o) {
      return o.from();
    }
    return "";
  }

  private static boolean structural(MigrationOp op) {
    return !(op instanceof MigrationOp.AddPolicy || op instanceof MigrationOp.DropPolicy
        || op instanceof MigrationOp.AlterPolicy || op instanceof MigrationOp.AddIndex
        || op instanceof MigrationOp.DropIndex || op instanceof MigrationOp.RenameIndex);
  }

  private static boolean initial(List<MigrationOp> ops) {
    Set<String> created = new HashSet<>();
    ops.stream().filter(op -> op instanceof MigrationOp.CreateTable).forEach(op -> created.add(op.target()));
    if (created.isEmpty()) {
      return false;
    }
    for (MigrationOp op : ops) {
      boolean creates = op instanceof MigrationOp.CreateEnum || op instanceof MigrationOp.CreateTable
          || op instanceof MigrationOp.AddIndex || op instanceof MigrationOp.AddPolicy
          || op instanceof MigrationOp.AddForeignKey k && created.contains(k.key().referencedTable());
      if (!creates || !created.contains(op.target()) && !(op instanceof MigrationOp.CreateEnum)) {
        return false;
      }
    }
    return true;
  }

  /** Lower-case ASCII letters, digits and single underscores; other characters become {@code _}. */
  private static String clean(String text) {
    String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    return slug.isEmpty() ? "change" : slug;
  }

  /** A comment line: control characters (which could end it) become {@code ?}. */
  static String comment(String text) {
    StringBuilder out = new StringBuilder("-- ");
    text.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp)
        || cp == '\u2028' || cp == '\u2029' ? '?' : cp));
    return out.toString();
  }
}
