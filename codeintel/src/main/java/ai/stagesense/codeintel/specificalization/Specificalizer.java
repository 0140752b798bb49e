package ai.stagesense.codeintel.specificalization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masked line + variable dictionary + argument template → a ready-to-run line in the user's own names
 * ({@code var1.head} → {@code train_df.head()}, {@code var2=pandas.read_csv} → {@code test = pd.read_csv("…")}).
 */
public final class Specificalizer {

    private static final Pattern POSITION = Pattern.compile("\\$(\\d+)");
    private static final Pattern SLOT = Pattern.compile("\\$\\{(path|col|str)}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Specificalizer() {
    }

    /**
     * @param masked   a masked line (as produced by the masker or predicted by a model)
     * @param template a learned template for this line's key, or null to use the default rendering
     */
    public static String realize(String masked, String template, RealizationContext context) {
        if (masked.startsWith("import_")) {
            return template != null ? template : ImportLines.of(masked.substring("import_".length()),
                    context.aliases());
        }
        String written = context.written().get(masked);
        if (written != null) {
            // Same masked line, same variables: the notebook's own arguments (plt.xlabel('Epoch')) beat the corpus's.
            return written;
        }
        String pattern = template != null ? template : DefaultTemplates.of(masked);
        Map<String, String> names = names(masked, context);
        List<String> order = MaskedVariables.inOrder(masked);
        Matcher position = POSITION.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (position.find()) {
            int index = Integer.parseInt(position.group(1)) - 1;
            String name = index >= 0 && index < order.size() ? names.get(order.get(index)) : position.group();
            position.appendReplacement(out, Matcher.quoteReplacement(name));
        }
        position.appendTail(out);
        String filled = fillSlots(out.toString(), context);
        if (filled.startsWith("import ") || filled.startsWith("from ")) {
            return filled;
        }
        return ModulePaths.toAliases(filled, context.aliases());
    }

    /**
     * The masked line with its first variable and {@code variable} swapped ({@code var0.head} aimed at {@code var3}
     * is {@code var3.head}), or the line itself when it has no variable or its first one already is that: a line
     * counted in another notebook, aimed at the variable the user has started to type.
     */
    public static String aimedAt(String masked, String variable) {
        List<String> order = MaskedVariables.inOrder(masked);
        if (order.isEmpty() || order.get(0).equals(variable)) {
            return masked;
        }
        String first = order.get(0);
        Matcher m = MaskedVariables.VARIABLE.matcher(masked);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group().equals(first) ? variable : m.group().equals(variable) ? first : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(name));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The context with the masked line's first target, a variable the notebook does not have yet, named {@code name};
     * the context itself when the line does not start by binding a new variable. For a user who has started typing the
     * name of a new variable ({@code dig} for {@code digits = load_digits()}): the suggestion keeps their name.
     */
    public static RealizationContext namingFirstTarget(String masked, String name, RealizationContext context) {
        TargetShape shape = TargetShape.of(masked);
        List<String> order = MaskedVariables.inOrder(masked);
        if (shape.loop() || shape.targets().isEmpty() || order.isEmpty()
                || !order.get(0).equals(shape.targets().get(0)) || context.variables().containsKey(order.get(0))
                || context.variables().containsValue(name) || readsItsTarget(masked, order.get(0))) {
            return context;
        }
        Map<String, String> variables = new HashMap<>(context.variables());
        variables.put(order.get(0), name);
        return new RealizationContext(variables, context.aliases(), context.paths(), context.columns(),
                context.written());
    }

    /** {@code x = re.sub(x)}: the line updates a variable that must already exist, it does not make a new one. */
    private static boolean readsItsTarget(String masked, String target) {
        Matcher m = MaskedVariables.VARIABLE.matcher(masked);
        int uses = 0;
        while (m.find()) {
            uses += m.group().equals(target) ? 1 : 0;
        }
        return uses > 1;
    }

    /** The user's name for each variable of the line, inventing readable names for new ones. */
    private static Map<String, String> names(String masked, RealizationContext context) {
        Map<String, String> names = new HashMap<>();
        Set<String> taken = new HashSet<>(context.variables().values());
        TargetShape shape = TargetShape.of(masked);
        for (String variable : MaskedVariables.inOrder(masked)) {
            String known = context.variables().get(variable);
            if (known != null) {
                names.put(variable, known);
                continue;
            }
            int index = shape.targets().indexOf(variable);
            String fresh = FreshNames.suggest(shape.api(), !shape.method(), Math.max(index, 0),
                    shape.targets().size(), shape.loop(), taken);
            taken.add(fresh);
            names.put(variable, fresh);
        }
        return names;
    }

    private static String fillSlots(String text, RealizationContext context) {
        Matcher slot = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (slot.find()) {
            String value = switch (slot.group(1)) {
                case "path" -> quote(context.paths().isEmpty() ? "data.csv" : context.paths().get(0));
                case "col" -> quote(context.columns().isEmpty() ? "column" : context.columns().get(0));
                default -> "\"\"";
            };
            slot.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        slot.appendTail(out);
        return out.toString();
    }

    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /**
     * Which variables a masked line assigns, and the API whose result they receive; {@code method} when that API is
     * a member of one of the notebook's variables ({@code var0.fit}), so a target named after it shadows nothing.
     */
    record TargetShape(List<String> targets, String api, boolean loop, boolean method) {

        static TargetShape of(String masked) {
            boolean loop = masked.startsWith("for_");
            String body = masked;
            for (String prefix : List.of("for_", "with_")) {
                if (body.startsWith(prefix)) {
                    body = body.substring(prefix.length());
                }
            }
            List<String> sides = DefaultTemplates.topLevel(body, '=');
            if (sides.size() < 2) {
                return new TargetShape(List.of(), null, loop, false);
            }
            List<String> targets = new ArrayList<>();
            for (int i = 0; i < sides.size() - 1; i++) {
                for (String target : DefaultTemplates.topLevel(sides.get(i), ',')) {
                    targets.add(target.strip());
                }
            }
            String plain = outsideArguments(sides.get(sides.size() - 1));
            String api = api(plain);
            Matcher member = MEMBER.matcher(plain);
            boolean method = api != null && member.find() && member.group(1).equals(api);
            return new TargetShape(targets, api, loop, method);
        }

        /** A chain on one of the notebook's variables and the member it ends with: {@code var0.values.sum}. */
        private static final Pattern MEMBER = Pattern.compile("var\\d+(?:\\.\\w+)*\\.(\\w+)\\s*$");

        /** The value without call arguments, literals and subscripts: {@code var0.fit(var1).predict} → the chain. */
        private static String outsideArguments(String value) {
            StringBuilder outside = new StringBuilder();
            int depth = 0;
            for (char c : value.toCharArray()) {
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (depth == 0) {
                    outside.append(c);
                }
            }
            return outside.toString().replaceAll("<[a-z]+>", " ").replace("[]", "");
        }

        /** The last name outside call arguments: {@code sklearn...train_test_split(var1)} → train_test_split. */
        private static String api(String plain) {
            String last = null;
            Matcher m = IDENTIFIER.matcher(plain);
            while (m.find()) {
                if (!m.group().matches("var\\d+")) {
                    last = m.group();
                }
            }
            return last;
        }
    }

    /** Full module paths → the names the user imported them as. */
    static final class ModulePaths {

        private ModulePaths() {
        }

        static String toAliases(String code, Map<String, String> aliases) {
            List<Map.Entry<String, String>> byLength = new ArrayList<>(aliases.entrySet());
            byLength.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length()).reversed());
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < code.length()) {
                char c = code.charAt(i);
                if (c == '"' || c == '\'') {
                    int end = code.indexOf(c, i + 1);
                    while (end > 0 && code.charAt(end - 1) == '\\') {
                        end = code.indexOf(c, end + 1);
                    }
                    end = end < 0 ? code.length() : end + 1;
                    out.append(code, i, end);
                    i = end;
                    continue;
                }
                boolean boundary = i == 0 || !(Character.isLetterOrDigit(code.charAt(i - 1))
                        || code.charAt(i - 1) == '_' || code.charAt(i - 1) == '.');
                String replaced = null;
                if (boundary) {
                    for (Map.Entry<String, String> alias : byLength) {
                        String path = alias.getValue();
                        if (path.isEmpty()) {
                            continue; // broken code can bind an alias to nothing; matching it would never advance
                        }
                        int after = i + path.length();
                        if (code.startsWith(path, i) && (after == code.length()
                                || !(Character.isLetterOrDigit(code.charAt(after)) || code.charAt(after) == '_'))) {
                            replaced = alias.getKey();
                            out.append(replaced);
                            i = after;
                            break;
                        }
                    }
                }
                if (replaced == null) {
                    out.append(c);
                    i++;
                }
            }
            return out.toString();
        }
    }
}
