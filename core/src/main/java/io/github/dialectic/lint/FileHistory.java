package io.github.dialectic.lint;

import io.github.dialectic.change.Change;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * What the ordered walk knows of one file so far: its changes, the latest declaration of each column, whether an
 * explicit transaction is open. Rules that declare {@link io.github.dialectic.rule.Reads#FILE_HISTORY} read it.
 */
final class FileHistory {
    private final List<Change> changes = new ArrayList<>();
    private final FileDeclarations declarations = new FileDeclarations();
    private boolean inTransaction;

    /** The history as a statement's rules see it: the file before it, and its own change last in the changes. */
    record AtStatement(boolean inTransaction, List<Change> changesSoFar, FileDeclarations declarations) {
    }

    /** Enters the next statement of the file: what its rules see, until {@link #leave}. */
    AtStatement enter(Change change) {
        changes.add(change);
        return new AtStatement(inTransaction, new Prefix<>(changes, changes.size()), declarations);
    }

    /** Leaves the statement entered last, once every rule has checked it. */
    void leave(Change change) {
        declarations.add(change);
        if (change instanceof Change.Transaction tx) {
            inTransaction = tx.kind() == Change.Transaction.Kind.BEGIN
                    || (inTransaction && tx.kind() == Change.Transaction.Kind.SAVEPOINT);
        }
    }

    /** The first {@code size} elements of a list that only grows: what a rule sees as "changes so far", uncopied. */
    private static final class Prefix<T> extends AbstractList<T> implements RandomAccess {
        private final List<T> list;
        private final int size;

        Prefix(List<T> list, int size) {
            this.list = list;
            this.size = size;
        }

        @Override
        public T get(int index) {
            Objects.checkIndex(index, size);
            return list.get(index);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
