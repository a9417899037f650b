package dev.laforge.backend.ir;

/** {@code policy Model.action { expression }}: the rule as an expression tree. */
public record Policy(String model, Action action, Expr expression) {}
