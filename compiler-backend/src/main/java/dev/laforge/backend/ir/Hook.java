package dev.laforge.backend.ir;

import java.util.List;

/** {@code hook Model.event { statements }}. */
public record Hook(String model, HookEvent event, List<Stmt> body) {
  public Hook {
    body = List.copyOf(body);
  }

  public enum HookEvent {
    BEFORE_CREATE, AFTER_CREATE, BEFORE_UPDATE, AFTER_UPDATE, BEFORE_DELETE, AFTER_DELETE
  }
}
