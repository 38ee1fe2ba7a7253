"""Partial dates become spans: a year across the year, a decade across ten years."""

from datetime import date

import pytest

from dossier.api.timeline import WIDTH, layout, span


def test_a_partial_date_covers_all_the_time_it_allows():
    assert span("1997") == (date(1997, 1, 1), date(1998, 1, 1))
    assert span("2009-03") == (date(2009, 3, 1), date(2009, 4, 1))
    assert span("2012-02") == (date(2012, 2, 1), date(2012, 3, 1))
    assert span("2014-02-07") == (date(2014, 2, 7), date(2014, 2, 8))
    assert span("1990", "1999") == (date(1990, 1, 1), date(2000, 1, 1))  # "the 1990s"


def test_unreadable_dates_are_left_out_not_guessed():
    assert span("sometime") is None
    assert span("2013-13") is None
    timeline = layout([("", "unresolved", None, "x", "/a"), ("2010", "year", None, "y", "/b")])
    assert timeline.undated == 1 and len(timeline.bars) == 1


def test_bars_are_scaled_and_stacked_without_overlap():
    timeline = layout([
        ("2000", "year", None, "a year", "/1"),
        ("2000-06", "month", None, "a month", "/2"),
        ("2009", "year", None, "later", "/3"),
    ])
    year, month, later = timeline.bars
    assert year.width == pytest.approx(WIDTH / 10, rel=0.01)  # 2000..2009 is ten years on the axis
    assert month.y != year.y  # June 2000 lies inside 2000, so it takes the next row
    assert later.y == year.y
    assert [label for _, label in timeline.ticks][:2] == ["2000", "2001"]
