package org.pnyx.batch;

/**
 * One of {@code count} disjoint slices of an experiment's runs: run {@code r} (0-based, in point then
 * replication order) belongs to shard {@code r mod count + 1}. Dealing runs round-robin spreads
 * slow and fast design points evenly over the shards.
 *
 * @param index 1-based shard number, in [1, count]
 * @param count number of shards, at least 1
 */
public record Shard(int index, int count) {

    /** The whole experiment. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard must be i/n with 1 <= i <= n, but was " + index + "/" + count);
        }
    }

    /** Parses {@code i/n}, e.g. {@code 2/8}. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("shard must be written i/n, e.g. 2/8, but was '" + text + "'");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("shard must be written i/n with whole numbers, but was '" + text + "'",
                    e);
        }
    }

    /** Whether the run with this 0-based index belongs to the shard. */
    public boolean contains(long run) {
        return run % count == index - 1;
    }

    /** Runs of this shard out of {@code total}. */
    public long size(long total) {
        return total / count + (total % count > index - 1 ? 1 : 0);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
