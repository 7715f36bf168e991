package org.pnyx.model;

/**
 * Who attends, by quintile of wealth and of free time within the town, counted when a town meets (issue 15):
 * the four cut points (the largest value of each of the first four fifths, at rank {@code ceil(j n / 5) - 1}) are
 * found by selection (Hoare's quickselect with a median-of-three pivot, no random
 * draw), expected linear time, never a full sort. A member is in quintile {@code q + 1}, {@code q} being the
 * number of cut points strictly below their value, so ties fall in the lower quintile (a town where most hold
 * nothing puts them all in the first). The counts belong to the town's latest meeting.
 */
public final class Quintiles {

    /** Quintiles per measure. */
    public static final int COUNT = 5;

    private final int[] members = new int[COUNT];
    private final int[] attendees = new int[COUNT];
    private final double[] cuts = new double[COUNT - 1];
    private final int[] ranks = new int[COUNT - 1];

    /** Members of quintile {@code q} (0 = lowest) at the latest meeting. */
    public int members(int q) {
        return members[q];
    }

    /** Attendees of quintile {@code q} (0 = lowest) at the latest meeting. */
    public int attendees(int q) {
        return attendees[q];
    }

    /** Attendance of quintile {@code q} at the latest meeting, NaN if it had no members. */
    public double rate(int q) {
        return members[q] == 0 ? Double.NaN : (double) attendees[q] / members[q];
    }

    /**
     * Counts members and attendees by quintile of {@code values[0..n)} (member order), {@code went[k]} telling
     * whether member {@code k} attended; {@code scratch} (length at least n) is overwritten.
     */
    void count(double[] values, boolean[] went, int n, double[] scratch) {
        java.util.Arrays.fill(members, 0);
        java.util.Arrays.fill(attendees, 0);
        if (n == 0) {
            return;
        }
        System.arraycopy(values, 0, scratch, 0, n);
        int from = 0;
        for (int j = 1; j < COUNT; j++) {
            // The largest value of the j-th fifth: rank ceil(j n / 5) - 1.
            int rank = (int) (((long) j * n + COUNT - 1) / COUNT) - 1;
            rank = Math.min(n - 1, Math.max(from, rank));
            ranks[j - 1] = rank;
            from = rank;
        }
        // The second cut first over all values, then each other cut within the part that must hold it: the
        // fourth above the second, the third between them, the first below the second. Each cut is the value of
        // its rank, whatever the order of selection; this order selects within shorter ranges (after the first,
        // 0.6 n, 0.4 n and 0.4 n values, where cut by cut from the bottom took n, 0.8 n, 0.6 n and 0.4 n).
        cuts[1] = select(scratch, 0, n - 1, ranks[1]);
        cuts[3] = select(scratch, ranks[1], n - 1, ranks[3]);
        cuts[2] = select(scratch, ranks[1], ranks[3], ranks[2]);
        cuts[0] = select(scratch, 0, ranks[1], ranks[0]);
        for (int k = 0; k < n; k++) {
            double v = values[k];
            int q = 0;
            while (q < COUNT - 1 && v > cuts[q]) {
                q++;
            }
            members[q]++;
            if (went[k]) {
                attendees[q]++;
            }
        }
    }

    /**
     * The value of rank {@code rank} of {@code a[lo..hi]}, partially ordering it in place so that every element
     * before {@code rank} is at most that value and every one after at least.
     */
    static double select(double[] a, int lo, int hi, int rank) {
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) {
                swap(a, lo, mid);
            }
            if (a[hi] < a[lo]) {
                swap(a, lo, hi);
            }
            if (a[hi] < a[mid]) {
                swap(a, mid, hi);
            }
            double pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            if (rank <= j) {
                hi = j;
            } else if (rank >= i) {
                lo = i;
            } else {
                return a[rank];
            }
        }
        return a[rank];
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
