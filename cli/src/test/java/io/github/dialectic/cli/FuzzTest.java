package io.github.dialectic.cli;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The short fuzz run of every build; the long run is {@code java -cp cli/target/dialectic.jar ...Fuzz --inputs 1000000}. */
class FuzzTest {

    @Test
    void mutatedMigrationsNeverBreakThePipeline() throws InterruptedException {
        long inputs = Long.getLong("dialectic.fuzz.inputs", 2_000);
        Fuzz.Summary s = Fuzz.run(inputs, Long.getLong("dialectic.fuzz.seed", 20_240_601L), 2);
        System.out.println("fuzz: " + s);
        assertNull(s.failure(), s::failure);
        assertTrue(s.inputs() == inputs && s.statements() > 0, s::toString);
    }
}
