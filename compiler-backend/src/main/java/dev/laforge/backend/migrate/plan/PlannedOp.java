package dev.laforge.backend.migrate.plan;

import dev.laforge.backend.migrate.ClassifiedOp;
import java.util.List;

/**
 * One operation of a diff rendered for one dialect: its statements, each ending with {@code ;}
 * (a line that starts with {@code --} is a comment, e.g. a placeholder to complete by hand), and
 * the statements that undo them, empty when none exists (data that a statement deletes cannot be
 * restored). An operation whose statements must run at two points of a migration (a foreign key
 * dropped before the columns change and added after them) appears twice, once per point.
 */
public record PlannedOp(ClassifiedOp op, List<String> statements, List<String> reverse) {

  public PlannedOp {
    statements = List.copyOf(statements);
    reverse = List.copyOf(reverse);
  }
}
