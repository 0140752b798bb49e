package ai.stagesense.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestParsingTest {

    private static RequestFields fields(String json) {
        return RequestFields.of(JsonBody.parseObject(json));
    }

    @Test
    void integersMustBeWholeAndInRange() {
        assertEquals(3, fields("{\"k\": 3}").integer("k", 1, 1, 10));
        assertEquals(3, fields("{\"k\": 3.0}").integer("k", 1, 1, 10), "3.0 is the integer 3");
        assertEquals(1, fields("{}").integer("k", 1, 1, 10));
        assertEquals(1, fields("{\"k\": null}").integer("k", 1, 1, 10), "null means absent");
        for (String bad : List.of("3.5", "\"3\"", "11", "0", "1e400", "-1e400", "true", "[3]")) {
            ApiException e = assertThrows(ApiException.class, () -> fields("{\"k\": " + bad + "}").integer("k", 1, 1, 10));
            assertEquals("k", e.field(), bad);
            assertEquals(400, e.status());
        }
    }

    @Test
    void stringsAndStringListsAreTyped() {
        assertEquals("x", fields("{\"a\": \"x\"}").requiredString("a"));
        assertEquals("a", assertThrows(ApiException.class, () -> fields("{}").requiredString("a")).field());
        assertEquals(List.of("p", "q"), fields("{\"c\": [\"p\", \"q\"]}").stringList("c", List.of(), 5));
        assertEquals("c", assertThrows(ApiException.class,
                () -> fields("{\"c\": [\"p\", \"q\"]}").stringList("c", List.of(), 1)).field());
        assertNull(fields("{}").string("s", null));
    }

    @Test
    void onlyStrictJsonObjectsAreAccepted() {
        for (String bad : List.of("{a: 1}", "{'a': 1}", "{\"a\": 1} x", "[]", "1", "{\"a\": NaN}", "// c\n{}",
                "{\"a\": [" + "[".repeat(70) + "]".repeat(70) + "]}")) {
            ApiException e = assertThrows(ApiException.class, () -> JsonBody.parseObject(bad), bad);
            assertEquals(400, e.status());
        }
        assertEquals(JsonParser.parseString("{\"a\": [1, {\"b\": \"\\u00e9\"}]}"),
                JsonBody.parseObject("{\"a\": [1, {\"b\": \"\\u00e9\"}]}"));
    }
}
