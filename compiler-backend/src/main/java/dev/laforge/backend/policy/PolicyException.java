package dev.laforge.backend.policy;

/**
 * A policy that cannot be compiled: an expression outside the policy language (arithmetic, JSON
 * comparisons), a path that does not resolve, or policies that refer to each other in a cycle
 * PostgreSQL would reject ("infinite recursion detected in policy"). Every form (evaluator,
 * predicate, RLS) refuses the same domains, so they never disagree by one of them guessing.
 */
public final class PolicyException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public PolicyException(String message) {
    super(message);
  }
}
