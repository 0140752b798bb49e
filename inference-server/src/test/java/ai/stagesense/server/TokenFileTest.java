package ai.stagesense.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.server.testing.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

class TokenFileTest {

    @Test
    void aMissingTokenFileIsCreatedOwnerOnlyWithARandom256BitToken() throws Exception {
        Path file = Files.createTempDirectory("tok").resolve("config/stagesense/token");
        String token = TokenFile.loadOrCreate(file);
        assertTrue(token.matches("[0-9a-f]{64}"), token);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals(token, TokenFile.loadOrCreate(file), "the second start reads the same token");
        Path other = file.resolveSibling("other");
        assertTrue(!TokenFile.loadOrCreate(other).equals(token), "tokens are random");
    }

    @Test
    void anExistingTokenIsUsedAsWritten() throws Exception {
        Path file = Files.createTempFile("token", "");
        Files.writeString(file, "  my-own-token\n");
        assertEquals("my-own-token", TokenFile.loadOrCreate(file));
    }

    @Test
    void anEmptyTokenFileIsAnError() throws Exception {
        Path file = Files.createTempFile("token", "");
        IOException e = assertThrows(IOException.class, () -> TokenFile.loadOrCreate(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void theServerCreatesTheTokenFileItUses() throws Exception {
        Path file = Files.createTempDirectory("tok").resolve("token");
        try (StageSenseServer server = StageSenseServer.start(new ServerOptions("127.0.0.1", 0, TestModels.none(), true, file,
                2000, 2), System.err)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertTrue(server.url().toString().startsWith("http://127.0.0.1:"));
        }
    }
}
