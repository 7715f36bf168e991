package org.pnyx.io;

/** Lets tests of other packages make a pid that belongs to no live process. */
public final class RunFolderCrashTestAccess {

    private RunFolderCrashTestAccess() {
    }

    /** The pid of a process that has ended. */
    public static long deadPid() throws Exception {
        return RunFolderCrashTest.deadPid();
    }
}
