package ai.stagesense.codeintel.masking;

/** {@code %matplotlib inline} → {@code %matplotlib}, {@code !pip install x} → {@code !pip}. */
final class MagicNames {

    private MagicNames() {
    }

    static String summary(String magicText) {
        int i = 0;
        while (i < magicText.length() && (magicText.charAt(i) == '%' || magicText.charAt(i) == '!')) {
            i++;
        }
        String marker = magicText.substring(0, i);
        String rest = magicText.substring(i).stripLeading();
        int end = 0;
        while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
            end++;
        }
        return marker + rest.substring(0, end);
    }
}
