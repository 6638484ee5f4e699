"""Result rows, the markdown table and the JSON file under bench/results/."""

from __future__ import annotations

import json
import math
import platform
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


@dataclass
class Row:
    """One figure, always set beside a baseline measured in the same run."""

    bench: str
    metric: str
    value: float
    unit: str
    baseline_name: str
    baseline: float
    goal: str = ""
    met: bool | None = None  # None: no goal for this row
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else math.nan

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": None if math.isnan(self.ratio) else self.ratio}


def _num(value: float, unit: str) -> str:
    if math.isnan(value):
        return "n/a"
    if unit in ("", "x") and value == int(value) and abs(value) < 1e9:
        return f"{int(value)}"
    text = f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    return f"{text} {unit}".strip()


def markdown(rows: list[Row], header: str) -> str:
    lines = [
        header,
        "",
        "| benchmark | metric | value | baseline | ratio | goal | met | note |",
        "|---|---|---:|---|---:|---|:---:|---|",
    ]
    for r in rows:
        met = "" if r.met is None else ("yes" if r.met else "**NO**")
        ratio = "n/a" if math.isnan(r.ratio) else f"{r.ratio:.2f}x"
        base = f"{r.baseline_name}: {_num(r.baseline, r.unit)}"
        lines.append(
            f"| {r.bench} | {r.metric} | {_num(r.value, r.unit)} | {base} | {ratio} "
            f"| {r.goal} | {met} | {r.note} |"
        )
    return "\n".join(lines) + "\n"


def write(rows: list[Row], extra: dict[str, Any], out: Path, *, smoke: bool) -> Path:
    """Write <stamp>.md/.json and latest.md/.json into out; return the markdown path."""
    out.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    header = (
        f"# vimmerse bench{' (smoke)' if smoke else ''} {stamp}\n\n"
        f"{platform.node()} · {platform.python_implementation()} {platform.python_version()}"
        f" · {platform.machine()}"
    )
    table = markdown(rows, header)
    data = {
        "stamp": stamp,
        "smoke": smoke,
        "rows": [r.to_json() for r in rows],
        "details": extra,
    }
    text = json.dumps(data, indent=2, default=str) + "\n"
    for name in (stamp, "latest"):
        (out / f"{name}.md").write_text(table, encoding="utf-8")
        (out / f"{name}.json").write_text(text, encoding="utf-8")
    return out / "latest.md"
