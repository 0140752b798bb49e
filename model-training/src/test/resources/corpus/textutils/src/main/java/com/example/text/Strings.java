package com.example.text;

/** String helpers. */
public final class Strings {

    private Strings() {
    }

    /**
     * Returns true when the text is null or has only whitespace.
     *
     * @param text the text to check, may be null
     * @return whether the text is blank
     */
    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * Repeats a string.
     *
     * @param text  the string to repeat
     * @param times how many times
     * @return the repeated string
     * @throws IllegalArgumentException if times is negative
     */
    public static String repeat(String text, int times) {
        if (times < 0) {
            throw new IllegalArgumentException("times < 0");
        }
        return text.repeat(times);
    }

    public static String reverse(String text) {
        return new StringBuilder(text).reverse().toString();
    }

    /** A comparator by length. */
    public static final class ByLength implements java.util.Comparator<String> {
        /** {@inheritDoc} */
        @Override
        public int compare(String a, String b) {
            return Integer.compare(a.length(), b.length());
        }
    }
}
