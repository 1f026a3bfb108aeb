package io.github.dialectic.lint;

import io.github.dialectic.finding.Finding;
import io.github.dialectic.parse.ParsedStatement;
import io.github.dialectic.schema.Schema;
import io.github.dialectic.schema.SchemaReplay;
import io.github.dialectic.source.Script;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference runner, and the definition of a run's result: one thread, statements in migration order, every rule
 * in rule order on each, with the schema as it stood just before the statement and the file's history so far. Used
 * as it is for small runs; {@link ParallelRunner} must give exactly its findings.
 */
final class OrderedRunner implements Runner {

    private final RuleSet rules;

    private final int[] all;

    OrderedRunner(RuleSet rules) {
        this.rules = rules;
        this.all = java.util.stream.IntStream.range(0, rules.size()).toArray();
    }

    @Override
    public void run(List<Script> scripts, List<List<ParsedStatement>> parsed, int from, Schema schema, FileSink sink) {
        for (int i = from; i < scripts.size(); i++) {
            FileHistory history = new FileHistory();
            List<List<Finding>> fileFindings = new ArrayList<>();
            for (ParsedStatement ps : parsed.get(i)) {
                if (!ps.understood()) {
                    continue;
                }
                StatementState statement = new StatementState(scripts.get(i), ps.statement(), ps.change());
                statement.history = history.enter(ps.change());
                List<Finding> findings = new ArrayList<>(2);
                rules.check(all, statement, schema, findings);
                rules.finish(statement, findings);
                fileFindings.add(findings);
                SchemaReplay.apply(schema, ps.change());
                history.leave(ps.change());
            }
            sink.accept(i, fileFindings);
        }
    }
}
