import re

import pandas as pd
import matplotlib.pyplot as plt

# Show whole tables: no truncated rows, columns or cells.
pd.set_option("display.width", 1000)
pd.set_option("display.max_columns", None)
pd.set_option("display.max_rows", 500)
pd.set_option("display.max_colwidth", None)

# The published tables, by a path relative to this notebook (notebooks-export/ beside datasets/).
CLEAN = "../datasets/clean/"


def read_csv(name):
    """A published CSV with every column as text: no type guessing, an empty cell stays empty."""
    return pd.read_csv(CLEAN + name, dtype=str, keep_default_na=False)


def numbers(column):
    """A column of text as floats for plotting; an empty cell is NaN (no bar is drawn), never zero."""
    return pd.to_numeric(column.replace("", pd.NA)).astype("Float64").to_numpy(dtype="float", na_value=float("nan"))


def new_chart(title, ylabel):
    fig, ax = plt.subplots(figsize=(8, 6), dpi=100)
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    ax.yaxis.set_major_formatter(lambda y, _: f"{y:,.0f}")
    return fig, ax


def bar_chart(labels, series, title, ylabel):
    """Grouped bars, one group per label; series maps a name to its column of values."""
    fig, ax = new_chart(title, ylabel)
    width = 0.8 / len(series)
    for i, (name, values) in enumerate(series.items()):
        offset = (i - (len(series) - 1) / 2) * width
        ax.bar([x + offset for x in range(len(labels))], numbers(values), width=width, label=name)
    ax.set_xticks(range(len(labels)))
    ax.set_xticklabels(labels, rotation=90, fontsize=8)
    if len(series) > 1:
        ax.legend()
    fig.tight_layout()
    plt.show()


def bounds_chart(labels, table, title, ylabel):
    """One bar per row for its value; triangles mark the lower and upper bounds its qualifier implies."""
    fig, ax = new_chart(title, ylabel)
    x = range(len(labels))
    ax.bar(x, numbers(table["value"]), label="value")
    ax.scatter(x, numbers(table["lower"]), marker="^", color="black", label="lower bound", zorder=3)
    ax.scatter(x, numbers(table["upper"]), marker="v", color="black", label="upper bound", zorder=3)
    ax.set_xticks(range(len(labels)))
    ax.set_xticklabels(labels, rotation=90, fontsize=8)
    ax.legend()
    fig.tight_layout()
    plt.show()


def labels(rows, template):
    """Row labels as the report writes them: {source}, {scope}, {measure}, {geography} are names; {period} in words."""
    def field(row, name):
        if name == "period":
            start, end = row.get("period_start", ""), row.get("period_end", "")
            if not start and not end:
                return "period not stated"
            return start if start == end or not end else (start or "…") + "–" + end
        if name == "source" and "source" not in row:
            return row.get("source_id", "")
        if name in ("scope", "measure", "geography") and name + "_label" in row:
            return row[name + "_label"]
        return row.get(name, "")
    out = []
    for _, row in rows.iterrows():
        text = template
        for name in re.findall(r"\{([a-z0-9_]+)\}", template):
            text = text.replace("{" + name + "}", field(row, name))
        out.append(text)
    return out


def year_chart(years, series, title, ylabel):
    """Bars by year, one colour per series; a missing value draws no bar (never zero)."""
    bar_chart(list(years), series, title, ylabel)


def day_chart(days, series, title, ylabel):
    """One thin bar per day that has a count; a day without a row has none (nobody of the list that day)."""
    fig, ax = new_chart(title, ylabel)
    dates = pd.to_datetime(days)
    for name, values in series.items():
        ax.bar(dates, numbers(values), width=1.0, label=name)
    ax.legend()
    fig.autofmt_xdate()
    fig.tight_layout()
    plt.show()


def range_chart(labels, rows, title, xlabel):
    """One row per figure: a bar for the printed value, triangles at the bounds its wording allows."""
    fig, ax = plt.subplots(figsize=(8, 6), dpi=100)
    ax.set_title(title, fontsize=9)
    ax.set_xlabel(xlabel)
    ax.xaxis.set_major_formatter(lambda x, _: f"{x:,.0f}")
    y = range(len(labels))
    ax.barh(y, numbers(rows["value"]), label="value as printed")
    ax.scatter(numbers(rows["lower"]), y, marker=">", color="black", label="lower bound", zorder=3)
    ax.scatter(numbers(rows["upper"]), y, marker="<", color="black", label="upper bound", zorder=3)
    ax.set_yticks(list(y))
    ax.set_yticklabels(labels, fontsize=7)
    ax.invert_yaxis()
    ax.legend(fontsize=7)
    fig.tight_layout()
    plt.show()


def rows_chart(labels, series, title, xlabel, stacked):
    """Horizontal bars, one row per label; stacked series sit one after the other."""
    fig, ax = plt.subplots(figsize=(8, 6), dpi=100)
    ax.set_title(title, fontsize=9)
    ax.set_xlabel(xlabel)
    ax.xaxis.set_major_formatter(lambda x, _: f"{x:,.0f}")
    y = list(range(len(labels)))
    left = [0.0] * len(labels)
    for name, values in series.items():
        v = [0.0 if x != x else x for x in numbers(values)]
        ax.barh(y, v, left=left if stacked else None, label=name)
        if stacked:
            left = [a + b for a, b in zip(left, v)]
    ax.set_yticks(y)
    ax.set_yticklabels(labels, fontsize=7)
    ax.invert_yaxis()
    ax.legend(fontsize=7)
    fig.tight_layout()
    plt.show()


def timeline_chart(events, title):
    """Events by date, one row per kind of event; a date known only to its month sits on the month's first day."""
    fig, ax = plt.subplots(figsize=(8, 6), dpi=100)
    ax.set_title(title, fontsize=9)
    kinds = sorted(set(events["event_type"]))
    start = events["date_start"]
    dates = pd.to_datetime(start.where(start.str.len() == 10, start.str[:7] + "-01"), errors="coerce")
    ax.scatter(dates, [kinds.index(k) for k in events["event_type"]], color="tab:red")
    ax.set_yticks(range(len(kinds)))
    ax.set_yticklabels(kinds, fontsize=7)
    fig.tight_layout()
    plt.show()


# The map's background: today's borders (Natural Earth 1:50m), as the report's map draws them; not a published table.
OUTLINE = "../datasets/raw/natural-earth-world-atlas/outline.csv"


def east_of_date_line(lon):
    """Longitudes west of -168° (Chukotka) continue past 180°, so the USSR is drawn in one piece."""
    return [x + 360 if x < -168 else x for x in lon]


def map_chart(rows, size, title):
    """Points at their latitude and longitude on today's borders, sized by the figure in column `size`; a row with no
    figure is a small grey dot, a row without coordinates is not drawn."""
    fig, ax = plt.subplots(figsize=(10, 5), dpi=100)
    ax.set_title(title, fontsize=9)
    outline = pd.read_csv(OUTLINE, dtype={"country_id": str})
    for _, ring in outline.groupby(["country_id", "ring"], sort=False):
        lon = east_of_date_line(list(ring["lon"]))
        lat = list(ring["lat"])
        ax.plot(lon + lon[:1], lat + lat[:1], color="grey", linewidth=0.5)
    lon = east_of_date_line(numbers(rows["longitude"]))
    lat = list(numbers(rows["latitude"]))
    value = list(numbers(rows[size]))
    none = [i for i, v in enumerate(value) if v != v]
    some = [i for i, v in enumerate(value) if v == v]
    ax.scatter([lon[i] for i in none], [lat[i] for i in none], s=8, color="grey", label="no figure given")
    ax.scatter([lon[i] for i in some], [lat[i] for i in some], s=[max(value[i] / 500, 8) for i in some], alpha=0.6,
               color="tab:blue", label=size.replace("_", " ") + " (area: the figure)")
    ax.set_xlabel("longitude °E")
    ax.set_ylabel("latitude °N")
    ax.legend(fontsize=7, loc="lower left")
    fig.tight_layout()
    plt.show()
