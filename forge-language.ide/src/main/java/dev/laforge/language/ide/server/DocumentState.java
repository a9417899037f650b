package dev.laforge.language.ide.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The answer of {@code laforge/documentState}: what the server holds for an open document. */
public record DocumentState(String uri, Integer version, int length, String sha256) {

  static DocumentState of(String uri, Integer version, String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return new DocumentState(uri, version, text.length(), HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
