package golden;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Golden input for Javadoc generation. */
public class Inventory {

    private final List<String> items = new ArrayList<>();

    public Inventory(List<String> initialItems) {
        items.addAll(initialItems);
    }

    public String getItemName(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative index");
        }
        return items.get(index);
    }

    public void addItems(String... names) {
        items.addAll(List.of(names));
    }

    @Deprecated
    public boolean isEmpty() {
        return items.isEmpty();
    }

    public static <K, V extends Comparable<V>> List<K> sortKeys(Map<K, V> map) {
        List<K> keys = new ArrayList<>(map.keySet());
        keys.sort((a, b) -> map.get(a).compareTo(map.get(b)));
        return keys;
    }

    public int loadFrom(Reader reader) throws IOException {
        return reader.read();
    }

    /** A nested type with its own methods. */
    public interface Listener {

        void onChange(String item, int count);
    }
}
