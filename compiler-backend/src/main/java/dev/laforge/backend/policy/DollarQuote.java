package dev.laforge.backend.policy;

/** PostgreSQL dollar quoting with a tag the quoted text does not contain (table names may hold anything). */
final class DollarQuote {

  private DollarQuote() {}

  static String quote(String body) {
    String tag = "$laforge$";
    for (int i = 1; body.contains(tag); i++) {
      tag = "$laforge" + i + "$";
    }
    return tag + "\n" + body + "\n" + tag;
  }
}
