package io.stancegraph.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DatePrecision")
@Description("How precisely a date is known: `2014` is a YEAR, `last week` a WEEK, `on Wednesday` a DAY.")
public enum DatePrecision {
    @Description("The day is known.") DAY,
    @Description("The week is known; the date is the week's first day.") WEEK,
    @Description("The month is known; the date is the month's first day.") MONTH,
    @Description("The year is known; the date is the first of January.") YEAR,
    @Description("No date is known.") UNKNOWN
}
