/** Rename of models, fields, enums, enum values, roles, claims, actions and variables across a project. */
package dev.laforge.language.ide.rename;
