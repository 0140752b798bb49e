package ai.stagesense.codeintel.docstring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavaTypeParametersTest {

    @Test
    void typeParametersOfGenericHeaders() {
        assertEquals(List.of("K", "V"), JavaTypeParameters.of("public static <K, V extends Comparable<V>> List<K> f("));
        assertEquals(List.of("T"), JavaTypeParameters.of("public static<T> Optional<T> empty() {"));
        assertEquals(List.of("T"), JavaTypeParameters.of("default <T> T[] toArray(IntFunction<T[]> g) {"));
        assertEquals(List.of("T"), JavaTypeParameters.of("T> T[] toArray(T[] a);"));
        assertEquals(List.of(), JavaTypeParameters.of("public List<String> names() {"));
        assertEquals(List.of(), JavaTypeParameters.of("Map<K, V> copy(Map<K, V> m) {"));
    }
}
