package io.stancegraph.ingest.extraction;

public enum DatePrecision { DAY, WEEK, MONTH, YEAR }
