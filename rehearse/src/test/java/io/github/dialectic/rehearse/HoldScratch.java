package io.github.dialectic.rehearse;

/**
 * For {@link ServerScratchSafetyTest}: makes a scratch database on the server given, prints its name and waits to be
 * ended, as a rehearsal interrupted by Ctrl-C.
 */
public final class HoldScratch {

    private HoldScratch() {
    }

    public static void main(String[] args) throws Exception {
        RehearsalTarget server = RehearsalTarget.server(args[0], null, null);
        Scratch scratch = server.create();
        System.out.println(scratch.schemas().get(0));
        System.out.flush();
        Thread.sleep(120_000);
        scratch.close();
    }
}
