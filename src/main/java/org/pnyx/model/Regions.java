package org.pnyx.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one definition of which region a town belongs to, shared by the confederation (its regional
 * confederations) and the economy (a region's shared commons): the town's explicit {@code region}, else
 * the generated {@code r<k>} with town at index i of count joining region {@code floor(i * regions / count) + 1}.
 */
public final class Regions {

    private Regions() {
    }

    /** The region of a town among {@code count} towns split into {@code regions} generated regions. */
    public static String of(Municipality m, int count, int regions) {
        return m.region() != null ? m.region() : "r" + (int) ((long) m.index() * regions / count + 1);
    }

    /**
     * The towns grouped by region: regions in order of their first town, towns in index order.
     *
     * @param towns   every town, in index order
     * @param regions the number of generated regions ({@code confederation.regions}), at least 1
     */
    public static Map<String, List<Municipality>> group(List<Municipality> towns, int regions) {
        Map<String, List<Municipality>> byRegion = new LinkedHashMap<>();
        for (Municipality m : towns) {
            byRegion.computeIfAbsent(of(m, towns.size(), regions), k -> new ArrayList<>()).add(m);
        }
        return byRegion;
    }
}
