"""What an archive as a whole says about its articles: the day/month order of its publication
times, and the lines that repeat across many of its articles (a site's furniture).

    >>> profile = survey(read_items("archive.csv"))
    >>> profile.date_order, len(profile.furniture)     # ('MDY', 3)

A line counts as furniture of the archive when it appears in at least `min_count` articles and in
at least `min_share` of the articles surveyed (the first `limit`): site templates repeat the
same scroll marker, promo or sign-off under every article, while article sentences do not
repeat across a fiftieth of a site's articles. Lines are compared normalised (spaces collapsed,
lowercase) and only when 8 to 300 characters long.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from polsek_nlp.archive.published import decide_order
from polsek_nlp.lang.furniture import MAX_LINE, normalize_line

LIMIT = 5000
MIN_COUNT = 5
MIN_SHARE = 0.02


@dataclass
class ArchiveProfile:
    date_order: str | None = None
    order_counts: Counter = field(default_factory=Counter)
    furniture: frozenset[str] = frozenset()
    surveyed: int = 0

    def notes(self) -> list[str]:
        """What was learnt, for the user (stderr, summary)."""
        out = []
        if self.order_counts:
            counts = ", ".join(f"{k} {v}" for k, v in sorted(self.order_counts.items()))
            out.append(f"publication times read {self.date_order or 'day first (undecided)'} "
                       f"(values that prove an order: {counts})")
        if self.furniture:
            out.append(f"{len(self.furniture)} line(s) repeated across the archive taken as site furniture")
        return out


def learn_furniture(texts: Iterable[Any], *, limit: int = LIMIT, min_count: int = MIN_COUNT,
                    min_share: float = MIN_SHARE) -> frozenset[str]:
    """The normalised lines that repeat across the first `limit` texts (see the module doc)."""
    counts: Counter = Counter()
    n = 0
    seen: set[int] = set()
    for text in texts:
        if n >= limit:
            break
        if not isinstance(text, str):
            continue
        lines = {normalize_line(line) for line in text.split("\n") if 8 <= len(line.strip()) <= MAX_LINE}
        sign = hash(" ".join(text.split()))  # an article scraped twice counts once

        if sign in seen:
            continue
        seen.add(sign)
        n += 1
        counts.update(lines)
    need = max(min_count, int(min_share * n + 0.999))
    return frozenset(line for line, c in counts.items() if c >= need and any(ch.isalpha() for ch in line))


def survey(items: Iterable[dict[str, Any]], *, limit: int = LIMIT, date_order: str | None = None,
           furniture: bool = True) -> ArchiveProfile:
    """One pass over an archive's items (dicts with `text` and `published`): the day/month order
    of its publication times (all of them; `date_order` given: taken as is) and its repeated lines
    (the first `limit` texts)."""
    texts: list[Any] = []
    n = 0

    def pub_values():
        for it in items:
            nonlocal n
            n += 1
            if furniture and len(texts) < limit:
                texts.append(it.get("text"))
            yield it.get("published")

    order, counts = decide_order(pub_values())
    learnt = learn_furniture(texts, limit=limit) if furniture else frozenset()
    return ArchiveProfile(date_order=date_order or order, order_counts=counts, furniture=learnt, surveyed=n)
