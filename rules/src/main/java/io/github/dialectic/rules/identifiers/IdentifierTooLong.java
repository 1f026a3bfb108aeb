package io.github.dialectic.rules.identifiers;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.ConstraintDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Ddl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
        id = "identifier-too-long",
        title = "Identifier longer than an engine allows",
        category = Category.IDENTIFIERS,
        severity = Severity.ERROR,
        summary = "A table, column, index or constraint name longer than 63 bytes (PostgreSQL), 64 characters "
                + "(MySQL, MariaDB) or 128 bytes (Db2).",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.DIFFERENT,
                        reference = "PostgreSQL: names are truncated to NAMEDATALEN-1 = 63 bytes with only a NOTICE "
                                + "(42622); two names sharing their first 63 bytes then clash (42P07)"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 Identifier Length Limits: 64 characters; ERROR 1059 (42000) "
                                + "Identifier name is too long"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "MariaDB Identifier Names: 64 characters; ERROR 1103 Incorrect table name / "
                                + "1059 Identifier name is too long (seen on 10.11)"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 SQL and XML limits: 128 bytes for table, column, index and constraint "
                                + "names; SQL0107N, SQLSTATE 42622")})
public final class IdentifierTooLong implements Rule {

    static final int POSTGRESQL_BYTES = 63;
    static final int MYSQL_CHARS = 64;
    static final int DB2_BYTES = 128;

    private record Named(String what, Name name, SourceRange range) {
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        List<Named> names = new ArrayList<>();
        if (change instanceof Change.CreateTable ct) {
            names.add(new Named("table", ct.table().name(), ct.nameRange()));
            for (ConstraintDef k : ct.constraints()) {
                if (k.name() != null) {
                    names.add(new Named("constraint", k.name(), k.range()));
                }
            }
        } else if (change instanceof Change.AlterTable at) {
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.AddConstraint add && add.constraint().name() != null) {
                    names.add(new Named("constraint", add.constraint().name(), a.range()));
                } else if (a instanceof AlterAction.RenameColumn rc) {
                    names.add(new Named("column", rc.to(), a.range()));
                } else if (a instanceof AlterAction.RenameTo rt) {
                    names.add(new Named("table", rt.newName().name(), a.range()));
                }
            }
        } else if (change instanceof Change.CreateIndex ci && ci.index().name() != null) {
            names.add(new Named("index", ci.index().name(),
                    ci.index().nameRange() != null ? ci.index().nameRange() : ci.index().range()));
        } else if (change instanceof Change.RenameIndex ri) {
            names.add(new Named("index", ri.to(), ctx.statementRange()));
        } else if (change instanceof Change.RenameTable rt) {
            rt.renames().forEach(r -> names.add(new Named("table", r.to().name(), ctx.statementRange())));
        }
        for (Ddl.DeclaredColumn c : Ddl.columns(change)) {
            ColumnDef col = c.column();
            names.add(new Named("column", col.name(), col.nameRange() != null ? col.nameRange() : col.range()));
        }
        for (Named n : names) {
            check(ctx, n);
        }
    }

    private static void check(RuleContext ctx, Named n) {
        String text = n.name().text();
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        int chars = text.codePointCount(0, text.length());
        if (bytes <= POSTGRESQL_BYTES) {
            return;
        }
        List<Engine> engines = new ArrayList<>(List.of(Engine.POSTGRESQL));
        if (chars > MYSQL_CHARS) {
            engines.add(Engine.MYSQL);
            engines.add(Engine.MARIADB);
        }
        if (bytes > DB2_BYTES) {
            engines.add(Engine.DB2);
        }
        String truncated = new String(text.getBytes(StandardCharsets.UTF_8), 0, POSTGRESQL_BYTES, StandardCharsets.UTF_8);
        ctx.report(n.range(), n.what() + " name " + text + " is " + bytes + " bytes long: PostgreSQL silently "
                        + "truncates it to " + truncated + (chars > MYSQL_CHARS ? ", MySQL and MariaDB refuse names "
                        + "over 64 characters" : "") + (bytes > DB2_BYTES ? ", Db2 refuses names over 128 bytes" : ""))
                .only(engines.toArray(Engine[]::new))
                .fix("Shorten the name to at most 63 bytes (ASCII characters), e.g. by abbreviating words; keep "
                        + "the distinguishing part at the start.")
                .emit();
    }
}
