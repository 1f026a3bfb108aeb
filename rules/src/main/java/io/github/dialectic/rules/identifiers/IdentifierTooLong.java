package io.github.dialectic.rules.identifiers;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.ConstraintDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Ddl;
import io.github.dialectic.rules.support.Profiles;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        List<EngineProfile> over = null; // a loop, not a stream: this runs for every name of every statement
        for (EngineProfile p : ctx.everyEngine()) {
            if (p.identifierLimit() != null && p.identifierLimit().exceededBy(text)) {
                (over == null ? over = new ArrayList<>() : over).add(p);
            }
        }
        if (over == null) {
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<String> effects = new ArrayList<>();
        for (EngineProfile p : over) {
            if (p.identifierLimit().truncates()) {
                effects.add(p.engine().shortName() + " silently truncates it to "
                        + new String(bytes, 0, p.identifierLimit().max(), StandardCharsets.UTF_8));
            }
        }
        // engines refusing at the same limit share a clause: "MySQL and MariaDB refuse names over 64 characters"
        Map<EngineProfile.LengthLimit, List<EngineProfile>> refusing = new LinkedHashMap<>();
        over.stream().filter(p -> !p.identifierLimit().truncates())
                .forEach(p -> refusing.computeIfAbsent(p.identifierLimit(), l -> new ArrayList<>()).add(p));
        refusing.forEach((limit, engines) -> effects.add(Profiles.sentence(engines)
                + (engines.size() == 1 ? " refuses" : " refuse") + " names over " + limit.describe()));
        ctx.report(n.range(), n.what() + " name " + text + " is " + bytes.length + " bytes long: "
                        + String.join(", ", effects))
                .only(Profiles.engines(over))
                .fix("Shorten the name to at most 63 bytes (ASCII characters), e.g. by abbreviating words; keep "
                        + "the distinguishing part at the start.")
                .emit();
    }
}
