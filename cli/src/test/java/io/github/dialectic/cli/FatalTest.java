package io.github.dialectic.cli;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Which exceptions on the main thread end the process through {@link Fatal} instead of the command's error line. */
class FatalTest {

    @Test
    void outOfMemoryWrappedByAJoinIsFatal() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        assertSame(oom, Fatal.fatalCause(new CompletionException(oom), false));
        assertSame(oom, Fatal.fatalCause(new RuntimeException(new ExecutionException(oom)), false));
    }

    @Test
    void outOfMemoryDuringAClassInitialisationIsReportedAsOutOfMemory() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        assertSame(oom, Fatal.fatalCause(new RuntimeException(new ExceptionInInitializerError(oom)), false));
    }

    @Test
    void aCancelledJoinDefersToTheThreadThatIsEndingTheProcess() {
        CancellationException cancelled = new CancellationException();
        assertSame(cancelled, Fatal.fatalCause(cancelled, true));
        assertNull(Fatal.fatalCause(cancelled, false), "on its own a cancellation is an ordinary error line");
    }

    @Test
    void ordinaryFailuresStayTheCommandsOwnErrorLine() {
        assertNull(Fatal.fatalCause(new IllegalStateException("bad input"), false));
        assertNull(Fatal.fatalCause(new RuntimeException(new java.io.IOException("disk")), false));
    }
}
