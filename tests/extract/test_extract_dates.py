"""Dates, ranges, weekdays, ordinals and number words."""

from __future__ import annotations

import pytest

from graph.extract.dates import (
    duration_days,
    find_dates,
    number_value,
    ordinal_value,
    parse_date,
    resolve_weekday,
)


@pytest.mark.parametrize(
    "text,iso",
    [
        ("9 July 2015", "2015-07-09"),
        ("July 9, 2015", "2015-07-09"),
        ("2015-07-09", "2015-07-09"),
        ("1st June 2008", "2008-06-01"),
        ("Wednesday, 5 October 2011", "2011-10-05"),
        ("31 February 2020", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "word,value",
    [
        ("tenth", 10),
        ("Second", 2),
        ("18th", 18),
        ("first", 1),
        ("24th", 24),
        ("twenty-first", 21),
        ("1st", 1),
        ("next", None),
        ("ten", None),
    ],
)
def test_ordinal_value(word: str, value: int | None) -> None:
    assert ordinal_value(word) == value


@pytest.mark.parametrize(
    "word,value", [("351", 351), ("1,200", 1200), ("twenty", 20), ("twenty-five", 25), ("many", None)]
)
def test_number_value(word: str, value: int | None) -> None:
    assert number_value(word) == value


@pytest.mark.parametrize(
    "text,days",
    [
        ("The two-day high-level conference", 2),
        ("a five-day workshop", 5),
        ("began two days of talks", 2),
        ("a one-day course", 1),
        ("two days ago", None),
        ("no duration", None),
        ("as the second and final day of the Council drew to a close", 2),
        ("on the 3rd and last day of the forum", 3),
    ],
)
def test_duration_days(text: str, days: int | None) -> None:
    assert duration_days(text) == days


def test_find_dates_ranges_and_years_from_reference() -> None:
    ds = find_dates("in Vienna on 15 and 16 April 2024.", None)
    assert [(d.start, d.end) for d in ds] == [("2024-04-15", "2024-04-16")]
    ds = find_dates("from 4 to 6 March 2024", None)
    assert (ds[0].start, ds[0].end) == ("2024-03-04", "2024-03-06")
    ds = find_dates("on 13 and 14 February", "2023-02-12", forward=True)
    assert (ds[0].start, ds[0].end) == ("2023-02-13", "2023-02-14")
    ds = find_dates("from 30 December to 2 January", "2019-12-20", forward=True)
    assert (ds[0].start, ds[0].end) == ("2019-12-30", "2020-01-02")
    ds = find_dates("Since June 2021, training has reached", None)
    assert (ds[0].start, ds[0].end, ds[0].precise) == ("2021-06", None, False)
    assert find_dates("on 3 June", None) == []  # no year and no reference: unknown


def test_find_dates_forward_rolls_into_next_year() -> None:
    ds = find_dates("the elections of 10 January", "2020-12-20", forward=True)
    assert ds[0].start == "2021-01-10"


@pytest.mark.parametrize(
    "day,ref,forward,iso",
    [
        ("Wednesday", "2011-10-04", True, "2011-10-05"),
        ("Monday", "2008-06-01", True, "2008-06-02"),
        ("Tuesday", "2017-06-27", None, "2017-06-27"),
        ("Friday", "2017-06-27", False, "2017-06-23"),
        ("Someday", "2017-06-27", None, None),
    ],
)
def test_resolve_weekday(day: str, ref: str, forward: bool | None, iso: str | None) -> None:
    assert resolve_weekday(day, ref, forward) == iso


@pytest.mark.parametrize(
    "text,ref,span",
    [
        ("talks on April 15-16, 2024 in Vienna", None, ("2024-04-15", "2024-04-16")),
        ("from March 30 to April 2, 2024", None, ("2024-03-30", "2024-04-02")),
        ("on the 15th and 16th of May 2022", None, ("2022-05-15", "2022-05-16")),
        ("the forum, 29 November - 1 December 2023, drew", None, ("2023-11-29", "2023-12-01")),
        ("resume in Geneva on 5-6 June", "2019-05-20", ("2019-06-05", "2019-06-06")),
        ("between late September and mid-October", "2012-09-01", ("2012-09", "2012-10")),
        ("from March to May 2020", None, ("2020-03", "2020-05")),
    ],
)
def test_find_dates_range_spellings(text: str, ref: str | None, span: tuple[str, str]) -> None:
    d = find_dates(text, ref)[0]
    assert (d.start, d.end) == span


def test_find_dates_does_not_read_a_year_as_a_day() -> None:
    ds = find_dates("since 2005 and 12 June 2010", None)
    assert [(d.start, d.end) for d in ds] == [("2010-06-12", "2010-06-12")]
    assert find_dates("raising the total from 26 to 51 staff", "2010-01-01") == []


@pytest.mark.parametrize(
    "text,ref,expect",
    [
        ("the vote held yesterday", "2011-03-14", ("2011-03-13", "2011-03-13", True)),
        ("She said today that", "2011-03-14", ("2011-03-14", "2011-03-14", True)),
        ("a reception this evening", "2011-03-14", ("2011-03-14", "2011-03-14", True)),
        ("will open tomorrow", "2011-03-14", ("2011-03-15", "2011-03-15", True)),
        ("the review held last month", "2011-01-10", ("2010-12", None, False)),
        ("a summit planned for next month", "2011-12-10", ("2012-01", None, False)),
        ("a forum in December", "2011-03-14", ("2011-12", None, False)),
        # a day with no year and no tense is the nearest such day, across a new year either way
        ("the statement delivered on December 7", "2012-01-18", ("2011-12-07", "2011-12-07", True)),
        ("the talks on January 5", "2011-12-20", ("2012-01-05", "2012-01-05", True)),
        ("the meeting on 29 February", "2012-03-01", ("2012-02-29", "2012-02-29", True)),
        ("an assessment visit of early 2005", "2010-09-06", ("2005", None, False)),
        ("elections last year", "2011-03-14", ("2010", None, False)),
        ("a seminar held earlier this month", "2011-03-14", ("2011-03", None, False)),
        ("elections due later this year", "2011-03-14", ("2011", None, False)),
    ],
)
def test_find_dates_relative(text: str, ref: str, expect: tuple[str, str | None, bool]) -> None:
    d = find_dates(text, ref, relative=True)[0]
    assert (d.start, d.end, d.precise) == expect


def test_find_dates_relative_is_opt_in_and_needs_a_reference() -> None:
    assert find_dates("it ended yesterday", "2011-03-14") == []
    assert find_dates("it ended yesterday", None, relative=True) == []
    assert find_dates("may be in May 2020", None, relative=True)[0].start == "2020-05"


def test_find_dates_month_without_year_rolls_forward() -> None:
    d = find_dates("a conference in February", "2014-11-20", forward=True, relative=True)[0]
    assert d.start == "2015-02"


@pytest.mark.parametrize(
    "text,span",
    [
        ("ASTANA, Dec 1, 2010 (AFP)", ("2010-12-01", "2010-12-01")),
        ("on Sept. 5 and 6, 2012", ("2012-09-05", "2012-09-06")),
        ("from Nov 29 to Dec 1, 2023", ("2023-11-29", "2023-12-01")),
        ("14.01.2016 - Press release", ("2016-01-14", "2016-01-14")),
        ("posted 2016-01-14", ("2016-01-14", "2016-01-14")),
    ],
)
def test_find_dates_abbreviated_and_numeric(text: str, span: tuple[str, str]) -> None:
    d = find_dates(text, None)[0]
    assert (d.start, d.end) == span


def test_abbreviation_needs_a_day() -> None:
    assert find_dates("Jan Kubis said on Monday", "2010-01-01") == []


@pytest.mark.parametrize(
    "text,ref,expect",
    [
        ("the council in Malta last December", "2025-08-01", ("2024-12", None)),
        ("talks resume next March", "2025-08-01", ("2026-03", None)),
        ("the mission closed two months ago", "2025-01-15", ("2024-11", None)),
        ("the Charter, signed 35 years ago", "2025-11-21", ("1990", None)),
        ("Fifty years ago today, leaders met", "2025-08-01", ("1975-08-01", "1975-08-01")),
    ],
)
def test_find_dates_last_next_month_and_ago(text: str, ref: str, expect: tuple[str, str | None]) -> None:
    d = find_dates(text, ref, relative=True)[0]
    assert (d.start, d.end) == expect
