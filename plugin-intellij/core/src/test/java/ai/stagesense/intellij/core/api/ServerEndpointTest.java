package ai.stagesense.intellij.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ServerEndpointTest {

    @Test
    void aTrailingSlashDoesNotDoubleInPaths() {
        ServerEndpoint endpoint = new ServerEndpoint(URI.create("http://127.0.0.1:7878/"), "t");

        assertEquals(URI.create("http://127.0.0.1:7878/v1/complete"), endpoint.resolve("/v1/complete"));
    }

    @Test
    void toStringNeverShowsTheToken() {
        ServerEndpoint endpoint = new ServerEndpoint(URI.create("http://127.0.0.1:7878"), "very-secret-token");

        assertFalse(endpoint.toString().contains("very-secret-token"));
        assertEquals("ServerEndpoint[http://127.0.0.1:7878, token set]", endpoint.toString());
    }
}
