package org.pnyx.cli;

import java.nio.file.Path;
import org.pnyx.io.RunBudget;

/** Reaches RunBudget's free-space check with a given amount of free space. */
final class RunBudgetAccess {

    private RunBudgetAccess() {
    }

    static String checkDisk(Path dir, long bytes, long free) throws RunBudget.OverBudgetException {
        return RunBudget.checkDisk(dir, bytes, free, "this run");
    }
}
