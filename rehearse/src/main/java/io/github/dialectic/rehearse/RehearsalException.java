package io.github.dialectic.rehearse;

/** A rehearsal that cannot run at all (an engine that cannot start, a server that refuses a scratch database). */
public final class RehearsalException extends Exception {

    public RehearsalException(String message) {
        super(message);
    }

    public RehearsalException(String message, Throwable cause) {
        super(message, cause);
    }
}
