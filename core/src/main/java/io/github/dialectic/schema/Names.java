package io.github.dialectic.schema;

import io.github.dialectic.change.Name;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Comparisons of column lists by folded name. */
public final class Names {
    private Names() {
    }

    public static boolean sameSet(List<Name> a, List<Name> b) {
        return a.size() == b.size() && keys(a).equals(keys(b));
    }

    public static boolean contains(List<Name> list, Name name) {
        for (int k = 0; k < list.size(); k++) { // a loop, not a stream: asked on every statement, mostly cold
            if (list.get(k).sameAs(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code prefix} equals the first columns of {@code list}, in order. */
    public static boolean isLeftmostPrefix(List<Name> prefix, List<Name> list) {
        if (prefix.size() > list.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!prefix.get(i).sameAs(list.get(i))) {
                return false;
            }
        }
        return true;
    }

    public static String join(List<Name> names) {
        return names.stream().map(Name::text).collect(Collectors.joining(", "));
    }

    private static Set<String> keys(List<Name> names) {
        Set<String> keys = new HashSet<>();
        for (Name n : names) {
            keys.add(n.key());
        }
        return keys;
    }
}
