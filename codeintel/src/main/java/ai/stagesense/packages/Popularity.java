package ai.stagesense.packages;

/**
 * Download rank → [0, 1]: 1 for the most downloaded package, falling with log(rank) (the difference between ranks 1
 * and 100 matters as much as between 100 and 10,000), 0 for packages PyPI's ranked list does not have.
 */
public final class Popularity {

    private final double logRanks;

    /** @param lowestRank the largest rank in the catalog */
    public Popularity(int lowestRank) {
        this.logRanks = Math.log(Math.max(2, lowestRank) + 1.0);
    }

    public double of(int rank) {
        return rank <= 0 ? 0 : 1 - Math.log(rank) / logRanks;
    }
}
