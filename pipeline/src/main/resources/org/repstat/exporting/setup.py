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


def read_observations():
    """Observations counted in persons; value and bounds as nullable whole numbers (missing stays missing, never 0)."""
    obs = read_csv("observations.csv")
    obs = obs[obs["unit"] == "persons"].copy()
    for column in ["value", "lower", "upper"]:
        obs[column] = pd.to_numeric(obs[column].replace("", pd.NA)).astype("Int64")
    return obs


def numbers(column):
    """A column as floats for plotting, a missing value as NaN (no bar is drawn)."""
    return column.astype("Float64").to_numpy(dtype="float", na_value=float("nan"))


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


obs = read_observations()
