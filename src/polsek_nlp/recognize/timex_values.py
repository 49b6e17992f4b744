"""What an Indonesian temporal expression means: one pattern match (`timex_tagger`) and the
publication time it is anchored to -> a `Reading` (an ISO value, its granularity, whether it is
relative), or None when the match is not a temporal expression after all (a score "3/1", a law's
"Tahun 2009", "dua Minggu" as a duration).

`READERS` holds one reader per pattern, from the modules that hold them:
- `timex_absolute`: absolute dates and clock times;
- `timex_periods`: months, years, seasons, quarters (and `merge_ranges`, ranges of two dates);
- `timex_relative`: relative expressions counted from the anchor;
and what they share: `timex_calendar` (`Timex`, `Reading`, calendar arithmetic), `timex_years`
(the year of a day written without one). Over a text's chosen expressions, `timex_anchors` finds
the writing day the text states and anchors the relative expressions the text itself dates.
"""
from __future__ import annotations

from polsek_nlp.recognize import timex_absolute, timex_periods, timex_relative

# Pattern name -> its reader, in the order the patterns are tried: a span already taken by an
# earlier expression is not read again (absolute dates first, most specific first).
READERS = {**timex_absolute.READERS, **timex_periods.READERS, **timex_relative.READERS}
