/**
 * Database connections named by URL: the URL forms users type ({@code jdbc:} URLs and the
 * {@code postgres://}, {@code mysql://} and {@code sqlite:} short forms), the dialect each one
 * speaks, and a display form that never shows a password. JDBC only; the drivers are on the
 * classpath of the application that connects.
 */
package dev.laforge.backend.db;
