package ai.stagesense.packages;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * PyPI names as the dataset builder writes them: PEP 503-normalised (lower case, runs of {@code -_.} as one
 * {@code -}), so {@code Scikit_Learn} and {@code scikit-learn} are one package; and the name relation that marks
 * an extension ({@code requests-oauthlib}, {@code flask-requests}) rather than an alternative.
 */
public final class PackageNames {

    private static final Pattern SEPARATORS = Pattern.compile("[-_.]+");

    private PackageNames() {
    }

    public static String normalize(String name) {
        return SEPARATORS.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
    }

    /**
     * True when {@code candidate}'s name extends {@code base}'s: {@code base-*} or {@code *-base}
     * ({@code pytest-cov} for pytest, {@code flask-sqlalchemy} for sqlalchemy). Both names normalised.
     */
    public static boolean extendsName(String base, String candidate) {
        return !base.equals(candidate)
                && (candidate.startsWith(base + "-") || candidate.endsWith("-" + base));
    }
}
