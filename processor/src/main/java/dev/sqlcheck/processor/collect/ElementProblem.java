package dev.sqlcheck.processor.collect;

import dev.sqlcheck.processor.problem.Problem;
import javax.lang.model.element.Element;

/** A problem with a repository's shape, and the element it is reported on. */
public record ElementProblem(Problem problem, Element element) {}
