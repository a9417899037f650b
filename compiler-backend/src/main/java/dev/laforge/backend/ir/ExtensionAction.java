package dev.laforge.backend.ir;

import java.util.List;

/** An extension action, {@code extend Model { name(params) { statements } }}. */
public record ExtensionAction(String model, String name, List<String> params, List<Stmt> body, boolean service) {
  public ExtensionAction {
    params = List.copyOf(params);
    body = List.copyOf(body);
  }
}
