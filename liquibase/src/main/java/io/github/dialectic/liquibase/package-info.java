/** Liquibase changelogs as a statement source: each target's SQL as Liquibase generates it offline. */
package io.github.dialectic.liquibase;
