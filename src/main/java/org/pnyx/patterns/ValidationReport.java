package org.pnyx.patterns;

import java.util.ArrayList;
import java.util.List;

/**
 * The results of a reproduction as text: a block per pattern for the terminal, and the Markdown table of
 * docs/VALIDATION.md. The table's first five columns (pattern, source, expected, knockout, notes) come from the
 * registry alone, so a test can check the document against the registry without running anything.
 */
public final class ValidationReport {

    /** The Markdown table's header row. */
    public static final String HEADER = "| pattern | source | expected | knockout | notes | reproduced (mean ± 95% CI)"
            + " | knocked out | verdict |";

    private ValidationReport() {
    }

    /** One pattern's result as a block of lines for the terminal. */
    public static List<String> block(Reproduction.Result r) {
        Pattern p = r.pattern();
        List<String> lines = new ArrayList<>();
        lines.add(p.name() + "  " + r.verdictText());
        lines.add("  claim:       " + p.claim());
        lines.add("  source:      " + p.source());
        lines.add("  figure:      " + p.figure());
        lines.add("  expected:    " + p.expected().range() + "  " + p.expected().why());
        lines.add("  reproduced:  " + r.live().text() + "  (n = " + r.live().n() + ")");
        lines.add("  knocked out: " + r.knockedOut().text() + "  (" + p.knockout().mechanism() + ": "
                + p.knockout().text() + ")");
        if (p.assumed() != null) {
            lines.add("  assumed:     " + p.assumed());
        }
        return lines;
    }

    /** The registry's part of a pattern's table row: pattern, source, expected, knockout and notes cells. */
    public static List<String> declared(Pattern p) {
        List<String> notes = new ArrayList<>();
        if (p.assumed() != null) {
            notes.add("assumed: " + p.assumed());
        }
        if (p.expectedToFail()) {
            notes.add("expected to fail until issue " + p.fixIssue());
        }
        return List.of("`" + p.name() + "`: " + p.claim(), p.source(),
                p.expected().range() + " " + p.figure() + "; " + p.expected().why(),
                p.knockout().mechanism() + ": " + p.knockout().text(), String.join("; ", notes));
    }

    /** One pattern's row of the Markdown table. */
    public static String row(Reproduction.Result r) {
        List<String> cells = new ArrayList<>(declared(r.pattern()));
        cells.add(r.live().text() + " (n = " + r.live().n() + ")");
        cells.add(r.knockedOut().text());
        cells.add(r.verdictText());
        return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()) + " |";
    }
}
