package dev.sqlcheck.sources;

/**
 * One migration of a migration-based source, as a range of {@link SourceSet#steps()}: a Flyway
 * versioned file, or a Liquibase changeset. {@code name} is how messages name it ({@code
 * V3__rename.sql}, {@code changes/003.xml::rename-name::alice}); {@code from} is the index of its
 * first step and {@code to} one past its last.
 */
public record Migration(String name, int from, int to) {}
