package dev.laforge.backend.ir;

/** The four data actions a policy or a permission rule governs. */
public enum Action {
  CREATE, READ, UPDATE, DELETE;

  public String keyword() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
