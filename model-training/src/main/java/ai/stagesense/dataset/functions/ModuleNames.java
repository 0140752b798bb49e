package ai.stagesense.dataset.functions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prefixes for qualified names, so that {@code Foo.bar} in two modules of one repository stay distinct:
 * the dotted module path for Python, the declared package for Java.
 */
public final class ModuleNames {

    private static final Pattern JAVA_PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");

    private ModuleNames() {
    }

    /** {@code numpy/core/fromnumeric.py} → {@code numpy.core.fromnumeric}; a package's {@code __init__.py} → the package. */
    public static String python(String relative) {
        String module = relative.replaceFirst("\\.py$", "").replace('/', '.');
        return module.endsWith(".__init__") ? module.substring(0, module.length() - ".__init__".length()) : module;
    }

    /** The package declaration's name, or null for the default package. */
    public static String javaPackage(String source) {
        Matcher m = JAVA_PACKAGE.matcher(source);
        return m.find() ? m.group(1) : null;
    }

    public static String qualify(String prefix, String name) {
        return prefix == null || prefix.isEmpty() ? name : prefix + "." + name;
    }
}
