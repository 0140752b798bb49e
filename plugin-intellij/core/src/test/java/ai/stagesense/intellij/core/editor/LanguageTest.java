package ai.stagesense.intellij.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void pythonFilesAndNotebooksArePythonJavaIsJava() {
        assertEquals(Optional.of(Language.PYTHON), Language.ofFileName("train.py"));
        assertEquals(Optional.of(Language.PYTHON), Language.ofFileName("Analysis.IPYNB"));
        assertEquals(Optional.of(Language.PYTHON), Language.ofFileName("stubs.pyi"));
        assertEquals(Optional.of(Language.JAVA), Language.ofFileName("Main.java"));
        assertEquals(Optional.empty(), Language.ofFileName("README.md"));
        assertEquals("python", Language.PYTHON.wireName());
        assertEquals("java", Language.JAVA.wireName());
    }
}
