package org.pnyx.batch;

import java.util.List;

/** An experiment, design file or results folder that cannot be used; each problem names file, line and key. */
public final class ExperimentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ExperimentException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public ExperimentException(String problem) {
        this(List.of(problem));
    }

    /** One line per problem, in file order. */
    public List<String> problems() {
        return problems;
    }
}
