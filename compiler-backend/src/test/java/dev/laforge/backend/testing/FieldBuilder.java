package dev.laforge.backend.testing;

import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.ir.Validation;
import dev.laforge.backend.naming.Naming;

/** Builds IR fields in tests without spelling out all seventeen components. */
public final class FieldBuilder {

  private final String name;
  private final ScalarType type;
  private String column;
  private String enumType;
  private boolean primaryKey;
  private boolean tenant;
  private boolean unique;
  private boolean optional;
  private DefaultValue defaultValue;
  private Validation validation = Validation.NONE;
  private String foreignKeyOf;
  private String renamedFrom;

  private FieldBuilder(String name, ScalarType type) {
    this.name = name;
    this.type = type;
    this.column = Naming.columnName(name);
  }

  public static FieldBuilder field(String name, ScalarType type) {
    return new FieldBuilder(name, type);
  }

  public static FieldBuilder enumField(String name, String enumName) {
    FieldBuilder builder = new FieldBuilder(name, ScalarType.ENUM);
    builder.enumType = enumName;
    return builder;
  }

  public FieldBuilder column(String value) {
    column = value;
    return this;
  }

  public FieldBuilder pk() {
    primaryKey = true;
    return this;
  }

  public FieldBuilder tenant() {
    tenant = true;
    return this;
  }

  public FieldBuilder unique() {
    unique = true;
    return this;
  }

  public FieldBuilder optional() {
    optional = true;
    return this;
  }

  public FieldBuilder defaultValue(DefaultValue value) {
    defaultValue = value;
    return this;
  }

  public FieldBuilder validation(Validation value) {
    validation = value;
    return this;
  }

  public FieldBuilder foreignKeyOf(String relation) {
    foreignKeyOf = relation;
    return this;
  }

  public FieldBuilder renamedFrom(String previousName) {
    renamedFrom = previousName;
    return this;
  }

  public Field build() {
    return new Field(name, column, type, enumType, primaryKey, tenant, unique, optional, false, false, null,
        defaultValue, validation, renamedFrom, foreignKeyOf, false, null);
  }
}
