package org.wardstat.analytics;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Whether a change in a count of events is more than noise, by the exact conditional test for
 * two Poisson counts (the "C-test", R's {@code poisson.test(c(current, prior))}): if nothing
 * changed, then given their total n = current + prior, this year's count is Binomial(n, ½), and
 * the two-sided p-value is min(1, 2·P(X ≤ min(current, prior))). Unlike 2(√current − √prior),
 * it does not treat last year's count as exact: 4 → 0 is p = 0,125, noise.
 *
 * <p>p &lt; 0.01 is a real change, p &lt; 0.05 notable, anything else noise. The distribution
 * is Apache Commons Statistics', exact for large counts (4.266 against 4.410) as for small.
 */
public enum Significance {
    NOISE, NOTABLE, SIGNIFICANT;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    /** The flag of a two-sided p-value. */
    public static Significance of(double pValue) {
        return pValue < 0.01 ? SIGNIFICANT : pValue < 0.05 ? NOTABLE : NOISE;
    }

    /** The two-sided p-value of a change from {@code prior} to {@code current} events; 1 when both are 0. */
    public static double pValue(long current, long prior) {
        long n = total(current, prior);
        if (n == 0) {
            return 1;
        }
        double tail = BinomialDistribution.of(Math.toIntExact(n), 0.5).cumulativeProbability(Math.toIntExact(Math.min(current, prior)));
        return Math.min(1, 2 * tail);
    }

    /**
     * The statistic wards are ranked by, from the same test: the one-sided mid-p-value
     * P(X &lt; current) + ½·P(X = current) under Binomial(n, ½), written as a standard normal
     * score so that both tails keep their precision. Negative for a fall, positive for a rise,
     * 0 for no change (0 → 0 included); a large ward's fall from 40 to 25 (−1,85) scores below
     * a small ward's fall from 4 to 1 (−1,23), because it is the stronger evidence.
     */
    public static double rankScore(long current, long prior) {
        if (current == prior) {
            return 0;
        }
        // the lower tail of the smaller count, mirrored for a rise: Binomial(n, ½) is symmetric
        long smaller = Math.min(current, prior);
        BinomialDistribution counts = BinomialDistribution.of(Math.toIntExact(total(current, prior)), 0.5);
        int k = Math.toIntExact(smaller);
        double midP = (k == 0 ? 0 : counts.cumulativeProbability(k - 1)) + counts.probability(k) / 2;
        double score = STANDARD_NORMAL.inverseCumulativeProbability(midP);
        return current < prior ? score : -score;
    }

    private static long total(long current, long prior) {
        if (current < 0 || prior < 0) {
            throw new IllegalArgumentException("Counts are never negative: " + current + ", " + prior);
        }
        return current + prior;
    }
}
