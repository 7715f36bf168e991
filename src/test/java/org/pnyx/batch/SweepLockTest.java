package org.pnyx.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: two sweeps never write into one folder at once; the lock says who holds it. */
class SweepLockTest {

    @TempDir
    Path tmp;

    private static final long SELF = ProcessHandle.current().pid();

    @Test
    void aSecondSweepIntoALockedFolderIsRefusedNamingTheHolderAndWritesNothing() throws Exception {
        Experiment e = Fixtures.load(tmp, Fixtures.EXPERIMENT);
        Path out = tmp.resolve("out");
        try (SweepLock held = SweepLock.acquire(out, "pnyx sweep first.yaml")) {
            ExperimentException ex = assertThrows(ExperimentException.class,
                    () -> Sweep.run(e, Sweep.Options.of(out, 1), new Sweep.Listener() { }));
            assertEquals(out + ": another sweep is writing into this folder: sweep.lock is held by pid " + SELF
                    + " on host " + SweepLock.host() + " (pnyx sweep first.yaml); wait for it to finish, or stop it",
                    ex.problems().get(0));
            assertEquals(List.of(out.resolve("sweep.lock")), list(out), "the refused sweep wrote nothing");
        }
        assertFalse(Files.exists(out.resolve("sweep.lock")), "released");
        assertTrue(Sweep.run(e, Sweep.Options.of(out, 1), new Sweep.Listener() { }).complete(), "now it runs");
        assertFalse(Files.exists(out.resolve("sweep.lock")), "the sweep releases its lock when done");
    }

    @Test
    void aStaleLockOfADeadProcessOnThisHostIsTakenOverWithANote() throws Exception {
        Experiment e = Fixtures.load(tmp, Fixtures.EXPERIMENT);
        Path out = Files.createDirectories(tmp.resolve("out"));
        long dead = org.pnyx.io.RunFolderCrashTestAccess.deadPid();
        Files.writeString(out.resolve("sweep.lock"), "pid=" + dead + "\nhost=" + SweepLock.host() + "\n");
        List<String> notes = new ArrayList<>();
        Sweep.Result r = Sweep.run(e, Sweep.Options.of(out, 1), new Sweep.Listener() {
            @Override
            public void note(String message) {
                notes.add(message);
            }
        });
        assertTrue(r.complete());
        assertEquals(List.of("removed a stale lock " + out.resolve("sweep.lock") + " left by pid " + dead + " on "
                + SweepLock.host() + ", which is no longer running"), notes);
    }

    @Test
    void aLockFromAnotherHostIsRefusedWithHowToRemoveIt() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("sweep.lock"), "pid=4242\nhost=node17.cluster\ncommand=pnyx sweep x.yaml\n");
        ExperimentException ex = assertThrows(ExperimentException.class, () -> SweepLock.acquire(out, "me"));
        assertEquals(out + ": another sweep is writing into this folder: sweep.lock is held by pid 4242 on host "
                + "node17.cluster (pnyx sweep x.yaml); wait for it to finish, or, if no sweep is running on "
                + "node17.cluster any more, delete " + out.resolve("sweep.lock"), ex.problems().get(0));
        assertTrue(Files.readString(out.resolve("sweep.lock")).contains("node17"), "the other host's lock is kept");
    }

    @Test
    void theLockFileNamesItsHolder() throws Exception {
        Path out = tmp.resolve("out");
        try (SweepLock lock = SweepLock.acquire(out, "pnyx sweep e.yaml")) {
            assertEquals("pid=" + SELF + "\nhost=" + SweepLock.host() + "\ncommand=pnyx sweep e.yaml\n",
                    Files.readString(out.resolve("sweep.lock")));
        }
    }

    @Test
    void mergeTakesTheLockOfItsOutputFolder() throws Exception {
        Experiment e = Fixtures.load(tmp, Fixtures.EXPERIMENT);
        Path shard = tmp.resolve("s1");
        Sweep.run(e, Sweep.Options.of(shard, 1), new Sweep.Listener() { });
        Path out = tmp.resolve("merged");
        try (SweepLock held = SweepLock.acquire(out, "pnyx sweep other.yaml")) {
            ExperimentException ex = assertThrows(ExperimentException.class,
                    () -> Merge.merge(List.of(shard), out, false));
            assertTrue(ex.problems().get(0).contains("sweep.lock is held by pid " + SELF), ex.problems().get(0));
        }
        assertFalse(Files.exists(out.resolve(Sweep.RUNS)), "nothing merged while locked");
    }

    private static List<Path> list(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
