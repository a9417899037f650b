package dev.laforge.backend.ir;

import java.util.List;
import java.util.Optional;

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
    // Models are sorted by name (the mapper sorts them): binary search first, a scan as fallback.
    int lo = 0;
    int hi = models.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = models.get(mid).name().compareTo(name);
      if (c == 0) {
        return Optional.of(models.get(mid));
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return models.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  public Optional<EnumType> enumType(String name) {
    // Enums are sorted by name too: binary search first, a scan as fallback.
    int lo = 0;
    int hi = enums.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = enums.get(mid).name().compareTo(name);
      if (c == 0) {
        return Optional.of(enums.get(mid));
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return enums.stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
