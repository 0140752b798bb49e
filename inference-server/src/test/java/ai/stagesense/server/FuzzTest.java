package ai.stagesense.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.server.testing.TestModels;
import ai.stagesense.server.testing.TestServer;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random and adversarial bodies to every POST endpoint of the real server (loopback only, bounded in
 * count and time, seeded so a failure can be replayed): binary junk, wrong types, deep nesting, huge cells, broken
 * Python, magics, unicode. Nothing a client sends may produce a 5xx.
 */
class FuzzTest {

    private static final long SEED = 20261124L;
    private static final int REQUESTS_PER_ENDPOINT = 600;
    private static final long TIME_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(240);
    private static final List<String> ENDPOINTS = List.of("/v1/stage", "/v1/complete", "/v1/docstring",
            "/v1/packages/search", "/v1/packages/recommend");
    private static final List<String> FIELDS = List.of("code", "cells", "prefix", "suffix", "context", "language",
            "max_suggestions", "style", "line", "query", "imports", "k");
    private static final String[] PYTHON = {"def ", "class ", "lambda", "(", ")", "[", "]", "{", "}", ":", ",", ".",
            "=", "==", "+", "**", "->", "@", "\n", "    ", "\t", "'''", "\"\"\"", "'", "\"", "f'{", "#", "\\", "import ",
            "from ", " as ", "return ", "yield ", "async ", "await ", "if ", "else", "for ", " in ", "while ", "try",
            "except ", "with ", "df", "pd", "np", ".read_csv(", ".fit(", "x", "y", "_", "0", "1.5e", "0x", "%matplotlib",
            "%%time\n", "!pip install ", "?", "??", "$", "`", ";", "\u0000", "\u00e9", "\u4e2d", "\ud83d\ude00",
            "\u202e", "\u0301", "\ufeff", "\r\n", "\r", "\u2028", "match ", "case ", "*args", "**kw", ":=", "...",
            "del ", "global ", "nonlocal ", "raise ", "assert ", "pass", "None", "True", "-> int"};
    private static final String[] MAGICS = {"%matplotlib inline", "%%bash\nls -la", "!ls", "df?", "df??",
            "%load_ext autoreload\n%autoreload 2", "%%time\nx = 1", "!pip install -q pandas", "%timeit sum(range(9))",
            "get_ipython().run_line_magic('matplotlib', 'inline')", "%%writefile a.py\nprint(1)", "%env A=1"};

    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(TestModels.tiny());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void noClientInputCausesAServerError() throws Exception {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        long deadline = System.nanoTime() + TIME_LIMIT_NANOS;
        int sent = 0;
        List<String> slow = new ArrayList<>();
        for (int i = 0; i < REQUESTS_PER_ENDPOINT && System.nanoTime() < deadline; i++) {
            for (String endpoint : ENDPOINTS) {
                byte[] body = body(random, i);
                long t0 = System.nanoTime();
                HttpResponse<String> r = server.postBytes(endpoint, body);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (ms > 1000 && slow.size() < 10) {
                    slow.add(endpoint + " case " + i + ": " + ms + " ms, " + body.length + " bytes: "
                            + new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8));
                }
                sent++;
                boolean allowed = r.statusCode() < 500;
                if (!allowed && failures.size() < 10) {
                    String shown = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
                    failures.add(endpoint + " case " + i + " -> " + r.statusCode() + " " + r.body() + "\n  body: "
                            + shown);
                }
            }
        }
        assertTrue(sent >= 1000, "the time limit cut the run to " + sent + " requests");
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\nslow requests:\n" + String.join("\n", slow));
        assertTrue(server.log().lines().noneMatch(l -> l.startsWith("unexpected")), server.log());
    }

    /** A mix of generators; every tenth case is raw bytes, a few are huge. */
    private static byte[] body(Random random, int i) {
        int kind = random.nextInt(12);
        if (i % 150 == 149) {
            return huge(random).getBytes(StandardCharsets.UTF_8);
        }
        return switch (kind) {
            case 0 -> junk(random);
            case 1 -> deepNesting(random).getBytes(StandardCharsets.UTF_8);
            case 2 -> mutate(random, validish(random).toString()).getBytes(StandardCharsets.UTF_8);
            default -> validish(random).toString().getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] junk(Random random) {
        byte[] bytes = new byte[random.nextInt(4096)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String deepNesting(Random random) {
        int depth = 10 + random.nextInt(5000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return "{\"code\": " + open.repeat(depth) + "1" + close.repeat(depth) + "}";
    }

    private static String mutate(Random random, String json) {
        StringBuilder sb = new StringBuilder(json);
        for (int n = 1 + random.nextInt(4); n > 0 && sb.length() > 0; n--) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(3)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, "{}[]\":,\\\u0000é".charAt(random.nextInt(10)));
                default -> sb.setCharAt(at, (char) (32 + random.nextInt(95)));
            }
        }
        return sb.toString();
    }

    /** An object with some of the API's fields, each of a random (often wrong) type. */
    private static JsonObject validish(Random random) {
        JsonObject body = new JsonObject();
        for (String field : FIELDS) {
            if (random.nextInt(3) == 0) {
                body.add(field, value(random, field, 0));
            }
        }
        if (random.nextInt(4) == 0) {
            body.add("unexpected_" + random.nextInt(100), value(random, "x", 0));
        }
        return body;
    }

    private static JsonElement value(Random random, String field, int depth) {
        int kind = random.nextInt(depth > 3 ? 6 : 9);
        return switch (kind) {
            case 0 -> JsonNull.INSTANCE;
            case 1 -> new JsonPrimitive(random.nextBoolean());
            case 2 -> new JsonPrimitive(randomNumber(random));
            case 3, 4, 5 -> new JsonPrimitive(code(random));
            case 6 -> {
                JsonArray array = new JsonArray();
                for (int n = random.nextInt(8); n > 0; n--) {
                    array.add(random.nextInt(4) == 0 ? value(random, field, depth + 1) : new JsonPrimitive(code(random)));
                }
                yield array;
            }
            case 7 -> {
                JsonObject object = new JsonObject();
                object.add(field, value(random, field, depth + 1));
                yield object;
            }
            default -> new JsonPrimitive(switch (random.nextInt(6)) {
                case 0 -> "python";
                case 1 -> "java";
                case 2 -> "numpy";
                case 3 -> "javadoc";
                case 4 -> "google";
                default -> "\u0000\u202e";
            });
        };
    }

    private static Number randomNumber(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextInt(12);
            case 1 -> -random.nextInt(1000);
            case 2 -> Long.MAX_VALUE;
            case 3 -> random.nextDouble() * 10;
            case 4 -> new java.math.BigDecimal("1e400");
            default -> Integer.MIN_VALUE;
        };
    }

    /** Broken Python, magics, unicode, or plausible notebook code. */
    private static String code(Random random) {
        int kind = random.nextInt(6);
        if (kind == 0) {
            return MAGICS[random.nextInt(MAGICS.length)];
        }
        if (kind == 1) {
            return "(".repeat(random.nextInt(3000)) + "x" + ")".repeat(random.nextInt(3000));
        }
        if (kind == 2) {
            return "def f(a, b=1):\n    \"\"\"Doc.\"\"\"\n    return a + b\n".repeat(1 + random.nextInt(3))
                    + "df = pd.read_csv('x.csv')\ndf.head()\n";
        }
        StringBuilder sb = new StringBuilder();
        for (int n = random.nextInt(200); n > 0; n--) {
            sb.append(PYTHON[random.nextInt(PYTHON.length)]);
        }
        return sb.toString();
    }

    /** A cell of several hundred kilobytes, under the 1 MiB body limit. */
    private static String huge(Random random) {
        StringBuilder code = new StringBuilder();
        while (code.length() < 300_000 + random.nextInt(500_000)) {
            code.append("df").append(random.nextInt(1000)).append(" = pd.read_csv('f.csv').groupby('a').mean()\n");
            if (random.nextInt(20) == 0) {
                code.append("for i in range(10):\n    if i % 2:\n        print(i, df.shape)\n");
            }
        }
        JsonObject body = new JsonObject();
        String field = List.of("code", "prefix", "query").get(random.nextInt(3));
        body.addProperty(field, code.toString());
        JsonArray list = new JsonArray();
        list.add(code.substring(0, Math.min(code.length(), 100_000)));
        body.add(random.nextBoolean() ? "cells" : "context", list);
        body.add("imports", list);
        return body.toString();
    }
}
