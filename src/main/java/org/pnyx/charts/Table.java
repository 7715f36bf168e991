package org.pnyx.charts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A column-oriented table read from a CSV file: column names in file order, the raw text
 * of each cell, and numeric views. A cell that is empty, {@code NaN} or not a number reads
 * as {@code NaN}.
 */
public final class Table {

    private final List<String> columns;
    private final Map<String, List<String>> cells;
    private final int rows;

    Table(List<String> columns, Map<String, List<String>> cells) {
        this.columns = List.copyOf(columns);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        int n = -1;
        for (String c : columns) {
            List<String> col = List.copyOf(cells.get(c));
            if (n >= 0 && col.size() != n) {
                throw new IllegalArgumentException("column " + c + " has " + col.size() + " rows, expected " + n);
            }
            n = col.size();
            copy.put(c, col);
        }
        this.cells = Collections.unmodifiableMap(copy);
        this.rows = Math.max(n, 0);
    }

    /** Column names in file order. */
    public List<String> columns() {
        return columns;
    }

    /** Number of data rows (the header excluded). */
    public int rows() {
        return rows;
    }

    /** Whether the table has the column. */
    public boolean has(String column) {
        return cells.containsKey(column);
    }

    /** The raw text of a column; throws if absent. */
    public List<String> text(String column) {
        List<String> col = cells.get(column);
        if (col == null) {
            throw new IllegalArgumentException("no column " + column + "; columns are " + columns);
        }
        return col;
    }

    /** A column as numbers; unparseable cells are {@code NaN}. */
    public double[] numbers(String column) {
        List<String> col = text(column);
        double[] out = new double[col.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = parse(col.get(i));
        }
        return out;
    }

    /** Whether at least one cell of the column is a finite number. */
    public boolean hasFiniteValue(String column) {
        if (!has(column)) {
            return false;
        }
        for (String s : text(column)) {
            if (Double.isFinite(parse(s))) {
                return true;
            }
        }
        return false;
    }

    /** The rows whose value in {@code column} equals {@code value}, as a new table. */
    public Table where(String column, String value) {
        List<String> key = text(column);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String c : columns) {
            out.put(c, new ArrayList<>());
        }
        for (int r = 0; r < rows; r++) {
            if (key.get(r).equals(value)) {
                for (String c : columns) {
                    out.get(c).add(cells.get(c).get(r));
                }
            }
        }
        return new Table(columns, out);
    }

    /** The distinct values of a column in order of first appearance. */
    public List<String> distinct(String column) {
        return List.copyOf(new java.util.LinkedHashSet<>(text(column)));
    }

    static double parse(String s) {
        String t = s == null ? "" : s.trim();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        switch (t.toLowerCase(Locale.ROOT)) {
            case "true":
                return 1;
            case "false":
                return 0;
            default:
                break;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
