package io.github.dialectic.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.cipher.PlexusCipherException;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where precheck's database credentials come from: a {@code <server>} of settings.xml, decrypted by Maven's own
 * {@link DefaultSettingsDecrypter} (here with a master password of the test's own, as {@code mvn --encrypt-password}
 * writes them), and never into a message.
 */
class PrecheckMojoTest {

    @TempDir
    Path dir;

    /** Maven's dispatcher with its cipher and the master-password file given (Maven's container injects both). */
    static final class Dispatcher extends DefaultSecDispatcher {
        Dispatcher(Path securitySettings) throws PlexusCipherException {
            _cipher = new DefaultPlexusCipher();
            _decryptors = Map.of();
            setConfigurationFile(securitySettings.toString());
        }
    }

    private DefaultSettingsDecrypter decrypter(String master) throws Exception {
        DefaultPlexusCipher cipher = new DefaultPlexusCipher();
        Path security = Files.writeString(dir.resolve("settings-security.xml"), "<settingsSecurity><master>"
                + cipher.encryptAndDecorate(master, DefaultSecDispatcher.SYSTEM_PROPERTY_SEC_LOCATION)
                + "</master></settingsSecurity>");
        return new DefaultSettingsDecrypter(new Dispatcher(security));
    }

    private static Settings settingsWith(String id, String user, String password) {
        Server server = new Server();
        server.setId(id);
        server.setUsername(user);
        server.setPassword(password);
        Settings settings = new Settings();
        settings.addServer(server);
        return settings;
    }

    @Test
    void anEncryptedPasswordIsDecryptedAsMavenDoes() throws Exception {
        String encrypted = new DefaultPlexusCipher().encryptAndDecorate("s3cret-db-pw", "master-pw");
        assertTrue(encrypted.startsWith("{") && !encrypted.contains("s3cret"), encrypted);
        PrecheckMojo.Credentials c = PrecheckMojo.credentials(settingsWith("nova-db", "nova", encrypted),
                decrypter("master-pw"), "nova-db");
        assertEquals("nova", c.user());
        assertEquals("s3cret-db-pw", c.password());
        assertFalse(c.toString().contains("s3cret"), c.toString());

        PrecheckMojo.Credentials plain = PrecheckMojo.credentials(settingsWith("nova-db", "nova", "plain-pw"),
                decrypter("master-pw"), "nova-db");
        assertEquals("plain-pw", plain.password(), "a password stored in clear is taken as it is");
    }

    @Test
    void aPasswordThatCannotBeDecryptedFailsWithoutShowingIt() throws Exception {
        String encrypted = refusedBy("another-master", "s3cret-db-pw", "master-pw");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> PrecheckMojo.credentials(
                settingsWith("nova-db", "nova", encrypted), decrypter("another-master"), "nova-db"));
        assertTrue(e.getMessage().startsWith("Dialectic: cannot decrypt the password of server 'nova-db'"), e.getMessage());
        assertFalse(e.getMessage().contains(encrypted), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        assertNull(e.getCause());
    }

    /**
     * A ciphertext of the password under the master that the other master cannot decrypt. Each encryption takes a
     * random salt, and a wrong key decrypts about one ciphertext in 256 to garbage with valid padding (Maven then
     * hands the garbage on, as it would here): taking the first of the encryptions the wrong key refuses keeps this
     * test from failing once in a few hundred runs.
     */
    private static String refusedBy(String wrongMaster, String password, String master) throws Exception {
        DefaultPlexusCipher cipher = new DefaultPlexusCipher();
        for (int attempt = 0; attempt < 64; attempt++) {
            String encrypted = cipher.encryptAndDecorate(password, master);
            try {
                cipher.decryptDecorated(encrypted, wrongMaster);
            } catch (PlexusCipherException refused) {
                return encrypted;
            }
        }
        throw new AssertionError("64 encryptions in a row decrypted under the wrong master");
    }

    @Test
    void anUnknownServerIsNamedWithThoseThereAre() throws Exception {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> PrecheckMojo.credentials(
                settingsWith("nova-db", "nova", "plain-pw"), decrypter("m"), "nova"));
        assertEquals("Dialectic: no <server> with id 'nova' in settings.xml (it has: nova-db); the database user and"
                + " password are taken from there, never from the pom", e.getMessage());
        assertFalse(e.getMessage().contains("plain-pw"));
    }

    @Test
    void withoutAServerThereAreNoCredentials() throws Exception {
        PrecheckMojo.Credentials none = PrecheckMojo.credentials(new Settings(), decrypter("m"), null);
        assertNull(none.user());
        assertNull(none.password());
    }
}
