package io.stancegraph.extraction;

public enum DatePrecision { DAY, WEEK, MONTH, YEAR }
