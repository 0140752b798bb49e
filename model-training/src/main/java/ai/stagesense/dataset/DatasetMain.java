package ai.stagesense.dataset;

import java.util.Arrays;

/** {@code stagesense dataset ...}: see {@link DatasetOptions#USAGE}. */
public final class DatasetMain {

    private DatasetMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length == 0 || Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.println(DatasetOptions.USAGE);
            return args.length == 0 ? 2 : 0;
        }
        DatasetOptions options;
        try {
            options = DatasetOptions.parse(args);
            options.checkInputsExist();
        } catch (IllegalArgumentException e) {
            System.err.println("stagesense dataset: " + e.getMessage());
            System.err.println(DatasetOptions.USAGE);
            return 2;
        }
        try {
            DatasetJob.run(options, System.out);
            return 0;
        } catch (Exception e) {
            System.err.println("stagesense dataset: failed: " + e);
            e.printStackTrace(System.err);
            return 1;
        }
    }
}
