package ai.stagesense.intellij.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputTailTest {

    @Test
    void keepsOnlyTheLastLines() throws Exception {
        OutputTail tail = new OutputTail(2);

        tail.drain(new ByteArrayInputStream("one\ntwo\nthree\n".getBytes(StandardCharsets.UTF_8)), "t").join(5000);

        assertEquals("two\nthree", tail.text());
    }
}
