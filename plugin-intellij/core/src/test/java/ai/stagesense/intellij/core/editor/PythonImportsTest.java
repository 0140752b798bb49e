package ai.stagesense.intellij.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PythonImportsTest {

    @Test
    void topLevelModulesInFirstSeenOrder() {
        String code = "import pandas as pd\n"
                + "from sklearn.model_selection import train_test_split\n"
                + "import numpy as np, os.path  # comment, import fake\n"
                + "from . import local\n"
                + "from .sibling import thing\n"
                + "    import matplotlib.pyplot as plt\n"
                + "import pandas\n"
                + "text = 'import nothing'\n"
                + "from torch import (\n    nn,\n)\n";

        assertEquals(List.of("pandas", "sklearn", "numpy", "os", "matplotlib", "torch"), PythonImports.of(code));
    }

    @Test
    void notebookCellsAreScannedInOrder() {
        assertEquals(List.of("seaborn", "scipy"), PythonImports.of(List.of("import seaborn as sns", "from scipy import stats")));
    }

    @Test
    void unfinishedImportLinesAreTolerated() {
        assertEquals(List.of("xgb"), PythonImports.of("import \nimport xgb\nfrom  import x\n"));
    }

    @Test
    void documentsByKind() {
        assertEquals(List.of("pandas"), PythonImports.ofDocument("a.py", "import pandas as pd\n"));
        assertEquals(List.of("pandas", "numpy"), PythonImports.ofDocument("n.ipynb", IpynbCellsTest.NOTEBOOK));
        assertEquals(List.of("pandas"), PythonImports.ofDocument("n.ipynb", "# %%\nimport pandas\n"));
        assertEquals(List.of(), PythonImports.ofDocument("n.ipynb", "{\"cells\": [ broken"));
        assertEquals(List.of(), PythonImports.ofDocument("A.java", "import java.util.List;"));
    }
}
