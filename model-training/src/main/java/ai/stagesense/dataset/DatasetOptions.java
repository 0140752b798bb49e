package ai.stagesense.dataset;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of {@code stagesense dataset}. */
public record DatasetOptions(
        String out,
        List<String> notebooks,
        List<String> pythonSources,
        List<String> javaSources,
        String pypi,
        String debian,
        List<String> sitePackages,
        String master,
        int maxContext,
        int limit,
        boolean ui) implements Serializable {

    public static final int DEFAULT_MAX_CONTEXT = 32;

    public static final String USAGE = String.join("\n",
            "usage: stagesense dataset --out DIR [--notebooks DIR]... [--python-src DIR]... [--java-src DIR|JAR]...",
            "                          [--pypi FILE] [--debian FILE] [--site-packages DIR]...",
            "                          [--master local[2]] [--max-context N] [--limit N] [--no-ui]",
            "",
            "  --out DIR            output directory (a local path or any Hadoop URI: hdfs://, s3a://)",
            "  --notebooks DIR      .ipynb(.gz), '# %%' / sphinx-gallery .py and '.. ipython::' .rst(.txt) files;",
            "                       the directory name is the corpus name",
            "  --python-src DIR     Python sources; a package directory is one repo, otherwise each top-level",
            "                       package or module in DIR is one (e.g. /usr/lib/python3/dist-packages)",
            "  --java-src DIR|JAR   a Java source tree or a -sources.jar; each is one repo",
            "  --pypi FILE          pypi-ranked.tsv (name, rank, version, month, summary)",
            "  --debian FILE        Debian deb822 package list (python3-* packages are used)",
            "  --site-packages DIR  a site-packages directory: *.dist-info/METADATA and *.egg-info",
            "  --master URL         Spark master (default local[*]; under spark-submit, the submitted master)",
            "  --max-context N      next-line context length in entries, '<cell>' markers included (default 32)",
            "  --limit N            read at most N files from each input directory or jar (smoke runs)",
            "  --no-ui              do not start the Spark web UI (port 4040)");

    public DatasetOptions {
        notebooks = List.copyOf(notebooks);
        pythonSources = List.copyOf(pythonSources);
        javaSources = List.copyOf(javaSources);
        sitePackages = List.copyOf(sitePackages);
    }

    public boolean hasPackageCatalogs() {
        return pypi != null || debian != null || !sitePackages.isEmpty();
    }

    /**
     * Inputs are read with plain file I/O on the executors (on a cluster: a filesystem mounted on every node), so a
     * missing one is reported before Spark starts.
     *
     * @throws IllegalArgumentException naming every input that does not exist
     */
    public void checkInputsExist() {
        List<String> missing = new ArrayList<>();
        List<String> all = new ArrayList<>();
        all.addAll(notebooks);
        all.addAll(pythonSources);
        all.addAll(javaSources);
        all.addAll(sitePackages);
        if (pypi != null) {
            all.add(pypi);
        }
        if (debian != null) {
            all.add(debian);
        }
        for (String path : all) {
            if (!Files.exists(Path.of(path))) {
                missing.add(path);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no such file or directory: " + String.join(", ", missing));
        }
    }

    /** @throws IllegalArgumentException with a message for the user */
    public static DatasetOptions parse(String[] args) {
        String out = null;
        String pypi = null;
        String debian = null;
        String master = null;
        int maxContext = DEFAULT_MAX_CONTEXT;
        int limit = Integer.MAX_VALUE;
        boolean ui = true;
        List<String> notebooks = new ArrayList<>();
        List<String> python = new ArrayList<>();
        List<String> java = new ArrayList<>();
        List<String> site = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--out" -> out = value(args, ++i, flag);
                case "--notebooks" -> notebooks.add(value(args, ++i, flag));
                case "--python-src" -> python.add(value(args, ++i, flag));
                case "--java-src" -> java.add(value(args, ++i, flag));
                case "--pypi" -> pypi = value(args, ++i, flag);
                case "--debian" -> debian = value(args, ++i, flag);
                case "--site-packages" -> site.add(value(args, ++i, flag));
                case "--master" -> master = value(args, ++i, flag);
                case "--max-context" -> maxContext = positive(value(args, ++i, flag), flag);
                case "--limit" -> limit = positive(value(args, ++i, flag), flag);
                case "--no-ui" -> ui = false;
                default -> throw new IllegalArgumentException("unknown option: " + flag);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        if (notebooks.isEmpty() && python.isEmpty() && java.isEmpty() && pypi == null && debian == null
                && site.isEmpty()) {
            throw new IllegalArgumentException("no inputs: give at least one of --notebooks, --python-src, "
                    + "--java-src, --pypi, --debian, --site-packages");
        }
        return new DatasetOptions(out, notebooks, python, java, pypi, debian, site, master, maxContext, limit, ui);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    private static int positive(String text, String flag) {
        try {
            int n = Integer.parseInt(text);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(flag + " needs a positive integer, got " + text);
    }
}
