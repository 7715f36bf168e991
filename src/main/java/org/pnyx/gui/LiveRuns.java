package org.pnyx.gui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.pnyx.io.ScenarioException;

/** The live runs the studio holds, at most {@link StudioConfig#maxRuns()} at once. */
final class LiveRuns implements AutoCloseable {

    private final StudioConfig config;
    private final Map<String, LiveRun> runs = new LinkedHashMap<>();
    private final AtomicLong next = new AtomicLong(1);

    LiveRuns(StudioConfig config) {
        this.config = config;
    }

    /**
     * Opens a live run of a scenario.
     *
     * @throws ScenarioException with the loader's messages
     * @throws Json.BadRequest   when the studio holds as many runs as it may, or the run is over a limit
     */
    LiveRun open(LiveRun.Source source) throws ScenarioException {
        synchronized (this) {
            if (runs.size() >= config.maxRuns()) {
                throw new Json.BadRequest("the studio already holds " + runs.size() + " live runs, as many as it may"
                        + " (set by studio --max-runs); close one first");
            }
        }
        String id = Long.toString(next.getAndIncrement());
        LiveRun run = LiveRun.open(id, source, config);
        synchronized (this) {
            if (runs.size() >= config.maxRuns()) {
                run.close();
                throw new Json.BadRequest("the studio already holds as many live runs as it may; close one first");
            }
            runs.put(id, run);
        }
        return run;
    }

    /**
     * Forks a run at its current week (see {@link LiveRun#fork}); a branch is a live run, counted in the limit.
     *
     * @throws Json.BadRequest when the studio holds as many runs as it may, or the run cannot be forked now
     */
    LiveRun fork(String parentId) {
        LiveRun parent = get(parentId);
        synchronized (this) {
            if (runs.size() >= config.maxRuns()) {
                throw new Json.BadRequest("the studio already holds " + runs.size() + " live runs, as many as it may"
                        + " (set by studio --max-runs); close a branch first");
            }
        }
        String id = Long.toString(next.getAndIncrement());
        LiveRun branch = parent.fork(id);
        synchronized (this) {
            if (runs.size() >= config.maxRuns()) {
                branch.close();
                throw new Json.BadRequest("the studio already holds as many live runs as it may; close one first");
            }
            runs.put(id, branch);
        }
        return branch;
    }

    /** The run with an id. */
    synchronized LiveRun get(String id) {
        LiveRun run = runs.get(id);
        if (run == null) {
            throw new NotFound("no live run " + id + " (it was closed, or the studio restarted)");
        }
        return run;
    }

    /** Closes a run and frees its place. */
    void close(String id) {
        LiveRun run;
        synchronized (this) {
            run = runs.remove(id);
        }
        if (run != null) {
            run.close();
        }
    }

    synchronized int size() {
        return runs.size();
    }

    @Override
    public synchronized void close() {
        runs.values().forEach(LiveRun::close);
        runs.clear();
    }

    /** A request for a run that does not exist. */
    static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }
}
