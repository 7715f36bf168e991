package org.pnyx.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * The 1-based line of a CSV record in its file's text, for messages: Commons CSV reports a record's
 * character position before the comment and blank lines it skipped, so those are stepped over.
 */
public final class CsvLines {

    private final String text;
    private final int[] starts;

    /** Indexes the starts of the lines of {@code text}. */
    public CsvLines(String text) {
        this.text = text;
        List<Integer> s = new ArrayList<>();
        s.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                s.add(i + 1);
            }
        }
        this.starts = s.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line of the record that starts at character {@code position}. */
    public int lineOf(long position) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        while (lo + 1 < starts.length) {
            int end = text.indexOf('\n', starts[lo]);
            String line = text.substring(starts[lo], end < 0 ? text.length() : end).trim();
            if (!line.isEmpty() && !line.startsWith("#")) {
                break;
            }
            lo++;
        }
        return lo + 1;
    }
}
