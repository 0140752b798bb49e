package ai.stagesense.codeintel.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PythonParsingTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "@decorator\n@other.deco(1, x=2)\ndef f(a, /, b, *, c=1, **kw) -> int:\n    return a\n",
        "async def main():\n    async with lock:\n        await asyncio.sleep(1)\n    async for x in aiter():\n        pass\n",
        "if (n := len(a)) > 10:\n    print(n)\n",
        "s = f\"{d['key']} and {x!r:>{width}} {'nested' + f'{y}'}\"\n",
        "s = f'{a[\"b\"]}'\nt = f\"\"\"multi\n{line}\n\"\"\"\n",
        "x = f\"{value:{'>' if right else '<'}10}\"\n",
        "match command.split():\n    case [action]:\n        pass\n    case [\"go\", direction] | [\"move\", direction]:\n"
            + "        go(direction)\n    case Point(x=0, y=0) as p if p:\n        pass\n    case {\"k\": v, **rest}:\n"
            + "        pass\n    case -1 | 1.5 | 2 + 3j | None | True:\n        pass\n    case _:\n        pass\n",
        "type Pair[T] = tuple[T, T]\ndef first[T: (int, str), *Ts, **P](x: T) -> T:\n    return x\nclass Box[T]:\n    pass\n",
        "first, *rest = items\nprint(*args, **kwargs)\nx = [*a, *b]\nd = {**a, 'k': 1}\n",
        "f = lambda x, *a, y=1, **k: x + y\nsq = [x * x for x in range(10) if x % 2]\n"
            + "g = {k: v for k, v in d.items()}\ns = {x async for x in agen()}\n",
        "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        global y\n        x += 1\n",
        "total = 1 + \\\n    2 + \\\n    3\n",
        "result = call(a,\n              b,\n              c)\nvalues = [\n    1,\n    2,\n]\n",
        "if x:\n\ty = 1\n\tif y:\n\t\tz = 2\n",
        "%matplotlib inline\n!pip install -q lightgbm\nfiles = !ls data\ndf.head?\n??df\n%time model.fit(X, y)\n",
        "%%time\nmodel.fit(X, y)\n",
        "%%writefile helper.py\nthis is not python {{{\n",
        "try:\n    pass\nexcept* (ValueError, TypeError) as eg:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
        "with (open('a') as fa, open('b') as fb):\n    pass\n",
        "x = 1_000_000 + 0x_ff + 0o17 + 0b1010 + 1.5e-3 + 3j + .5\n",
        "print(rb'\\x00', Rb\"raw\", u'unicode', '''triple\n''', \"a\" \"b\")\n",
        "\uFEFFimport os\n",
        "class A(B, metaclass=M):\n    x: int = 0\n    y: list[int]\n    def m(self): ...\n",
        "del a[0], b.c\nassert x, 'message'\nraise ValueError('x') from err\n",
    })
    void validPythonParsesWithoutDiagnostics(String source) {
        ParsedPython parsed = PythonParsing.parse(source);
        assertTrue(parsed.ok(), () -> "diagnostics for:\n" + source + "\n" + parsed.diagnostics());
        assertFalse(parsed.tree().statement().isEmpty());
    }

    @Test
    void statementsBeforeAnErrorSurvive() {
        ParsedPython parsed = PythonParsing.parse("import pandas as pd\ndf = pd.read_csv('a.csv')\ndf.groupby(");
        assertFalse(parsed.ok());
        assertEquals(3, parsed.tree().statement().size());
        assertEquals("importpandasaspd", parsed.tree().statement(0).getText().replace("\n", ""));
    }

    @Test
    void unfinishedDefinitionsAndStringsAreReported() {
        assertFalse(PythonParsing.parse("def f(a, b").ok());
        ParsedPython open = PythonParsing.parse("x = 'abc\ny = 2\n");
        assertTrue(open.diagnostics().stream().anyMatch(d -> d.message().contains("unterminated")));
        assertEquals(2, open.tree().statement().size(), "the line after an unterminated string still parses");
        assertFalse(PythonParsing.parse("print \"hello\"\n").ok(), "Python 2 print is not Python 3");
    }

    @Test
    void inconsistentDedentIsAToleratedDiagnostic() {
        ParsedPython parsed = PythonParsing.parse("if x:\n        a = 1\n    b = 2\n");
        assertFalse(parsed.ok());
        assertNotNull(parsed.tree());
    }

    @Test
    void neverThrowsOnJunk() {
        Random random = new Random(42);
        String alphabet = "abc_ ()[]{}:=\n\t\"'#\\%!?@.,;*+-/<>|&^~0123456789fbrdefclassimportmatchcase";
        for (int i = 0; i < 3000; i++) {
            StringBuilder junk = new StringBuilder();
            int length = random.nextInt(120);
            for (int j = 0; j < length; j++) {
                junk.append(random.nextInt(10) == 0 ? (char) random.nextInt(0xFFFF)
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertNotNull(PythonParsing.parse(junk.toString()).tree());
        }
    }

    @Test
    void deepNestingDoesNotOverflow() {
        String deep = "x = " + "(".repeat(300) + "1" + ")".repeat(300) + "\n";
        assertTrue(PythonParsing.parse(deep).ok());
        String absurd = "x = " + "[".repeat(100_000) + "\n";
        assertFalse(PythonParsing.parse(absurd).ok(), "absurd nesting is a diagnostic, not a crash");
    }
}
