package dev.laforge.language.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * Entry point of Forge validation; the checks live in one class per group of codes. The same
 * checks serve the CLI ({@code forge check}) and the editor.
 */
@ComposedChecks(validators = {SchemaChecks.class, RelationChecks.class, PolicyChecks.class, RbacChecks.class})
public class ForgeValidator extends AbstractForgeValidator {}
