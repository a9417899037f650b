package dev.laforge.backend.migrate.plan;

import dev.laforge.backend.naming.Dialect;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link MigrationStore#planNext} did.
 *
 * @param id {@code <yyyyMMddHHmmss>_<slug>}, or null when no dialect had a change to plan
 * @param plans the plan of every dialect asked for, empty plans included, in the order asked
 * @param written the files written (migrations, then the snapshot), empty when nothing was planned
 */
public record PlanResult(String id, Map<Dialect, MigrationPlan> plans, List<Path> written) {

  public PlanResult {
    plans = Collections.unmodifiableMap(new LinkedHashMap<>(plans));
    written = List.copyOf(written);
  }

  /** True when a migration was planned and its files written. */
  public boolean planned() {
    return id != null;
  }
}
