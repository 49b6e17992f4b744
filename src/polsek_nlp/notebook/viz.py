"""Plots of an analysed archive (optional extra: ``pip install 'polsek_nlp[viz]'``).

    >>> from polsek_nlp.notebook.frames import to_frame
    >>> from polsek_nlp.notebook.viz import plot_events_per_month, plot_events_per_region
    >>> frame = to_frame(records)
    >>> ax = plot_events_per_month(frame)               # stacked bars, one series per event type
    >>> ax.figure.savefig("per-month.png")
    >>> plot_events_per_region(frame, level="province")

Both functions take `polsek_nlp.notebook.frames.to_frame` output, draw on `ax` (a new figure when None)
and return the matplotlib `Axes`; they never call `plt.show()`, so they work under any backend
(Agg included). matplotlib and pandas are imported on first use.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["OTHER", "plot_events_per_month", "plot_events_per_region"]

_INSTALL = "pip install 'polsek_nlp[viz]'"

#: The series that gathers everything outside the `top` categories (and missing values).
OTHER = "lainnya/other"

_OTHER_COLOR = "#b0b0b0"
# bars per month up to 20 years (a 24-day bar is then >= 1/300 of the axis, ~3 px), else per
# year (a 300-day bar); bars never overlap
_MAX_MONTHLY_YEARS = 20
_BAR_DAYS = {"M": 24.0, "Y": 300.0}


def _require(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(f"polsek_nlp.notebook.viz needs {module.split('.')[0]} ({exc}): {_INSTALL}") from exc


def _axes(ax: Axes | None, figsize: tuple[float, float]) -> Axes:
    if ax is not None:
        return ax
    plt = _require("matplotlib.pyplot")
    _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


def _check_frame(frame: Any, columns: tuple[str, ...]) -> None:
    pd = _require("pandas")
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"expected a pandas DataFrame from polsek_nlp.notebook.frames.to_frame, not {type(frame).__name__}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise KeyError(f"the frame has no column {', '.join(map(repr, missing))}; "
                       f"columns: {list(frame.columns)}")


def _check_top(top: int) -> None:
    if not isinstance(top, int) or isinstance(top, bool) or top < 1:
        raise ValueError(f"top must be a positive int, not {top!r}")


def _top_labels(values: pd.Series, top: int, other: tuple[str, ...] = ()) -> pd.Series:
    """`values` as strings, everything outside the `top` most frequent (NA and `other` values
    included) as OTHER."""
    values = values.astype(object).where(values.notna(), None)
    values = values.map(lambda v: OTHER if v is None or v == "" or v in other else str(v))
    counts = values[values != OTHER].value_counts()
    keep = set(counts.index[:top])
    return values.where(values.isin(keep), OTHER)


def _months(frame: pd.DataFrame) -> pd.Series:
    """The month of each article: `event_date`, else `published` (NaT when neither is known)."""
    pd = _require("pandas")
    date = pd.to_datetime(frame["event_date"], errors="coerce")
    if "published" in frame.columns:
        date = date.fillna(pd.to_datetime(frame["published"], errors="coerce"))
    if getattr(date.dt, "tz", None) is not None:
        date = date.dt.tz_localize(None)
    return date.dt.to_period("M")


def plot_events_per_month(frame: pd.DataFrame, *, by: str = "event_type", top: int = 8,
                          ax: Axes | None = None) -> Axes:
    """Stacked bars: articles per month, one series per value of `by` (the `top` most frequent).

    The month is the event's (`event_date`), else the publication month (`published`); articles
    with neither are left out (the title says how many). Other values of `by`, and missing
    ones (and the event type "lainnya"), are stacked as "lainnya/other". The x axis is a real
    time axis (matplotlib dates, ticks `YYYY-MM`): each month's bar stands at its own date, so
    an archive with articles from 1945-11 and 2014-04 shows the 68 years between them; over more
    than 20 years the bars are per year (ticks `YYYY`, the title says so), so that none is too
    thin to see. Returns the Axes.
    """
    pd = _require("pandas")
    _check_frame(frame, ("event_date", by))
    _check_top(top)
    ax = _axes(ax, (10, 5))
    months = _months(frame)
    dated = months.notna()
    undated = int((~dated).sum())
    # the event type "lainnya" (no specific type) is the other series, not one of the top
    series = _top_labels(frame[by], top, ("lainnya",) if by == "event_type" else ())[dated]
    months = months[dated]
    ax.set_ylabel("articles")
    freq = "M"
    if not months.empty and (months.max().year - months.min().year) > _MAX_MONTHLY_YEARS:
        freq = "Y"  # too many months to draw one bar each: per year
        months = months.dt.asfreq("Y")
    title = f"Articles per {'month' if freq == 'M' else 'year'} by {by}"
    if freq == "Y":
        title += f" ({months.min().year}-{months.max().year}: too long a span for monthly bars)"
    if undated:
        title += f" ({undated} without a date left out)"
    ax.set_title(title)
    if months.empty:
        ax.text(0.5, 0.5, "no dated articles", ha="center", va="center", transform=ax.transAxes)
        return ax
    table = pd.crosstab(months.astype(str).rename("period"), series.astype(str).rename(by))
    table.index = pd.PeriodIndex(table.index, freq=freq)
    table = table.sort_index()
    order = [c for c in table.sum().sort_values(ascending=False).index if c != OTHER]
    if OTHER in table.columns:
        order.append(OTHER)
    table = table[order]
    # each month (year) at its middle, as a real date (matplotlib's date numbers: days since
    # 1970), not as a position in a list of labels
    mdates = _require("matplotlib.dates")
    x: list[float] = [float(mdates.date2num(dt.datetime(p.year, p.month, 16) if freq == "M"
                                            else dt.datetime(p.year, 7, 2))) for p in table.index]
    first, last = x[0], x[-1]
    width = _BAR_DAYS[freq]
    bottom = [0] * len(table)
    colors = _colors(len(order))
    if order[-1] == OTHER:
        colors[-1] = _OTHER_COLOR
    for name, color in zip(order, colors, strict=True):
        heights = table[name].tolist()
        ax.bar(x, heights, bottom=bottom, label=str(name), color=color, width=width)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=12))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m" if freq == "M" else "%Y"))
    for label in ax.get_xticklabels():
        label.set_rotation(45)
        label.set_horizontalalignment("right")
    pad = width
    ax.set_xlim(first - pad, last + pad)
    ax.yaxis.set_major_locator(_require("matplotlib.ticker").MaxNLocator(integer=True))
    ax.legend(title=by, fontsize="small", loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return ax


def plot_events_per_region(frame: pd.DataFrame, *, level: str = "region_name", top: int = 15,
                           ax: Axes | None = None) -> Axes:
    """Horizontal bars: articles per region, the `top` most frequent, largest on top.

    `level` is the column to count: `region_name` (the event's region), `province`,
    `region_code`, `dateline`, `site`... Articles without a value are not counted (the title
    says how many). Returns the Axes.
    """
    _check_frame(frame, (level,))
    _check_top(top)
    values = frame[level].astype(object).where(frame[level].notna(), None)
    values = values[values.map(lambda v: v is not None and v != "")].map(str)
    counts = values.value_counts()
    shown = counts.iloc[:top]
    ax = _axes(ax, (8, max(3.0, 0.35 * len(shown) + 1.5)))
    title = f"Articles per {level}"
    if len(counts) > top:
        title += f" (top {top} of {len(counts)})"
    missing = len(frame) - len(values)
    if missing:
        title += f", {missing} without one"
    ax.set_title(title)
    ax.set_xlabel("articles")
    if shown.empty:
        ax.text(0.5, 0.5, f"no {level} values", ha="center", va="center", transform=ax.transAxes)
        return ax
    names = [str(n) for n in shown.index][::-1]
    widths = shown.tolist()[::-1]
    bars = ax.barh(names, widths, color=_colors(1)[0])
    ax.bar_label(bars, padding=2, fontsize="small")
    ax.xaxis.set_major_locator(_require("matplotlib.ticker").MaxNLocator(integer=True))
    ax.margins(x=0.1)
    return ax


def _colors(n: int) -> list[Any]:
    """`n` distinct colours: tab10, or tab20 beyond ten series."""
    mpl = _require("matplotlib")
    base = list(mpl.colormaps["tab10"].colors) if n <= 10 else list(mpl.colormaps["tab20"].colors)
    return [base[i % len(base)] for i in range(n)]
