package golden;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Golden input for Javadoc generation. */
public class Inventory {

    private final List<String> items = new ArrayList<>();

    /**
     * Create a new Inventory.
     *
     * @param initialItems the initial items
     */
    public Inventory(List<String> initialItems) {
        items.addAll(initialItems);
    }

    /**
     * Get item name.
     *
     * @param index the index
     * @return the item name
     * @throws IllegalArgumentException if an argument is invalid
     */
    public String getItemName(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative index");
        }
        return items.get(index);
    }

    /**
     * Add items.
     *
     * @param names the names
     */
    public void addItems(String... names) {
        items.addAll(List.of(names));
    }

    /**
     * Return whether empty.
     *
     * @return true if empty, false otherwise
     */
    @Deprecated
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * Sort keys.
     *
     * @param <K> the type of K
     * @param <V> the type of V
     * @param map the map
     * @return the result
     */
    public static <K, V extends Comparable<V>> List<K> sortKeys(Map<K, V> map) {
        List<K> keys = new ArrayList<>(map.keySet());
        keys.sort((a, b) -> map.get(a).compareTo(map.get(b)));
        return keys;
    }

    /**
     * Load from.
     *
     * @param reader the reader
     * @return the result
     * @throws IOException if an I/O error occurs
     */
    public int loadFrom(Reader reader) throws IOException {
        return reader.read();
    }

    /** A nested type with its own methods. */
    public interface Listener {

        /**
         * On change.
         *
         * @param item the item
         * @param count the count
         */
        void onChange(String item, int count);
    }
}
