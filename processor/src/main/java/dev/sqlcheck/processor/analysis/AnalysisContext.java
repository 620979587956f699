package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Catalog;

/** What every part of one query's analysis shares. */
record AnalysisContext(
    Catalog catalog,
    Locator locator,
    Problems problems,
    ParameterTypes params,
    References references) {}
