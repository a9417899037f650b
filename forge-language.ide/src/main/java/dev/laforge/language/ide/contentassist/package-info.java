/** Completion: proposals that fit the position, the field's type and the row a {@code record.} chain reaches. */
package dev.laforge.language.ide.contentassist;
