package org.wardstat.analytics;

/**
 * Whether a change in a count is more than noise. Counts of events are roughly Poisson, so
 * 2(√current − √prior) is close to a standard normal score whatever the size of the ward:
 * |z| ≥ 2 is notable, |z| ≥ 3 a real signal (the CompStat analysts' rule of thumb).
 */
public enum Significance {
    NOISE, NOTABLE, SIGNIFICANT;

    public static Significance of(double z) {
        double size = Math.abs(z);
        return size >= 3 ? SIGNIFICANT : size >= 2 ? NOTABLE : NOISE;
    }

    /** The Poisson z-score of a change from prior to current events. */
    public static double zScore(double current, double prior) {
        return 2 * (Math.sqrt(current) - Math.sqrt(prior));
    }
}
