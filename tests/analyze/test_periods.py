from dossier.analyze import Period, period_between, period_of
from dossier.model import PartialDate, Precision


def test_a_year_covers_the_whole_year_and_a_month_its_last_day():
    assert period_between("1998") == Period("1998-01-01", "1998-12-31")
    assert period_between("2016-02") == Period("2016-02-01", "2016-02-29")
    assert period_between("2015-02") == Period("2015-02-01", "2015-02-28")
    assert period_between("2017-11-05") == Period("2017-11-05", "2017-11-05")


def test_a_decade_runs_to_the_end_of_its_last_year():
    decade = PartialDate(text="the 1990s", value="1990", precision=Precision.DECADE, end_value="1999")
    assert period_of(decade) == Period("1990-01-01", "1999-12-31")


def test_relative_and_malformed_dates_have_no_span():
    assert period_of(PartialDate(text="two months before", value=None, precision=Precision.UNRESOLVED)) is None
    assert period_between("2017-13") is None
    assert period_between("sometime") is None
    assert period_between(None) is None


def test_overlap_and_distance_in_years():
    nineties, ninety_eight, twenty_three = period_between("1990", "1999"), period_between("1998"), period_between("2003")
    assert nineties.overlaps(ninety_eight) and ninety_eight.overlaps(nineties)
    assert not ninety_eight.overlaps(twenty_three)
    assert (ninety_eight.years_apart(twenty_three), twenty_three.years_apart(nineties), nineties.years_apart(ninety_eight)) == (5, 4, 0)
