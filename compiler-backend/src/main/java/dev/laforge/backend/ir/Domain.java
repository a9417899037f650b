package dev.laforge.backend.ir;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The canonical intermediate representation of a whole domain: every generator, the migration
 * differ and the runtime read this and nothing else. Models and enums are sorted by name.
 */
public record Domain(List<EnumType> enums, List<Model> models, Rbac rbac) {

  public Domain {
    enums = List.copyOf(enums);
    models = List.copyOf(models);
    rbac = rbac == null ? Rbac.EMPTY : rbac;
  }

  public Optional<Model> model(String name) {
    return byName(models, Model::name, name);
  }

  public Optional<EnumType> enumType(String name) {
    return byName(enums, EnumType::name, name);
  }

  /**
   * The element named {@code name}: models and enums are sorted by name (the mapper sorts them),
   * so a binary search first, and a scan as fallback for a list built in another order.
   */
  private static <T> Optional<T> byName(List<T> sorted, Function<T, String> nameOf, String name) {
    int lo = 0;
    int hi = sorted.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = nameOf.apply(sorted.get(mid)).compareTo(name);
      if (c == 0) {
        return Optional.of(sorted.get(mid));
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return sorted.stream().filter(e -> nameOf.apply(e).equals(name)).findFirst();
  }
}
