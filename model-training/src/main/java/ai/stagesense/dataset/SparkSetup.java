package ai.stagesense.dataset;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark context: embedded {@code local[*]} unless {@code --master} says otherwise or spark-submit already set
 * a master. Console progress bars are off because the job prints its own stage lines.
 */
public final class SparkSetup {

    private SparkSetup() {
    }

    public static JavaSparkContext context(DatasetOptions options) {
        // new SparkConf() picks up the spark.* properties spark-submit passes
        SparkConf conf = new SparkConf().setAppName("stagesense-dataset");
        if (options.master() != null) {
            conf.setMaster(options.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // an embedded run needs no network; binding to loopback avoids hostname-resolution warnings and stalls
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        if (!options.ui()) {
            conf.set("spark.ui.enabled", "false");
        }
        conf.set("spark.ui.showConsoleProgress", "false");
        return new JavaSparkContext(conf);
    }
}
