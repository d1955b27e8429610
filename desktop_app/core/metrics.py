"""Measured targets (指标): a value, a percentage (typed as 98.5, 98.5 %, 0.985 or as two counts, 197/200),
or a count per thousand residents computed from the campaign's population (批次/千人); each with its
target, met at or above it. The 2021 rule set's targets come with the program
(resources/metrics/national-2021.json). Nothing here reads a database or imports Qt.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.errors import KnownError
from desktop_app.core.i18n import tr

VALUE, PERCENT, PER_THOUSAND = "value", "percent", "per_thousand"
KINDS = (VALUE, PERCENT, PER_THOUSAND)
AT_LEAST, AT_MOST = ">=", "<="  # a target met at or above its value (合格率), or at or below it (发生率)

_NUMBER = r"[+-]?\d+(?:\.\d+)?"
_PERCENT = re.compile(rf"^\s*({_NUMBER})\s*[%％]?\s*$")
_FRACTION = re.compile(rf"^\s*({_NUMBER})\s*/\s*({_NUMBER})\s*$")


@dataclass(frozen=True)
class Metric:
    code: str
    name: str
    kind: str
    unit: str
    target: float
    items: tuple[int, ...] = field(default_factory=tuple)
    compare: str = AT_LEAST

    def met(self, value: float) -> bool:
        if self.compare == AT_MOST:
            return value <= self.target + 1e-9
        return value >= self.target - 1e-9

    @property
    def required(self) -> str:
        """The target as a list shows it: ≥98%, ≤0.5%."""
        sign = "≤" if self.compare == AT_MOST else "≥"
        target = int(self.target) if float(self.target).is_integer() else self.target
        return f"{sign}{target}{self.unit}"


def load(path: Path) -> list[Metric]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [
        Metric(
            m["code"],
            m["name"],
            m["kind"],
            m["unit"],
            float(m["target"]),
            tuple(m.get("items", [])),
            m.get("compare", AT_LEAST),
        )
        for m in data["metrics"]
    ]


def parse(metric: Metric, typed: object, population: int) -> float:
    """The value as the metric measures it, from what was typed; KnownError says why it is no value.

    A percentage: 98.5, 98.5 %, 0.985 (a share) or 197/200 (two counts) are all 98.5 %. Per thousand
    residents: the count (批次) is divided by the population in thousands."""
    text = str(typed).strip() if typed is not None else ""
    fraction = _FRACTION.match(text)
    if metric.kind == PERCENT:
        if fraction:
            numerator, denominator = float(fraction.group(1)), float(fraction.group(2))
            if denominator <= 0 or numerator < 0 or numerator > denominator:
                raise KnownError(tr("Metrics", "“{0}” is not a share of two counts.").format(text))
            return round(100 * numerator / denominator, 4)
        found = _PERCENT.match(text)
        if not found:
            raise KnownError(tr("Metrics", "“{0}” is not a percentage (write 98.5, 98.5% or 0.985).").format(text))
        value = float(found.group(1))
        if "%" not in text and "％" not in text and 0 <= value <= 1:
            value *= 100  # a share: 0.985 is 98.5 %
        if not 0 <= value <= 100:
            raise KnownError(tr("Metrics", "A percentage lies between 0 and 100, not {0}.").format(text))
        return round(value, 4)
    found = re.fullmatch(rf"\s*({_NUMBER})\s*", text)
    if not found:
        raise KnownError(tr("Metrics", "“{0}” is not a number.").format(text))
    value = float(found.group(1))
    if value < 0:
        raise KnownError(tr("Metrics", "A measured value cannot be below 0, not {0}.").format(text))
    if metric.kind == PER_THOUSAND:
        if population <= 0:
            raise KnownError(tr("Metrics", "The campaign's population is not set; set it under 设置 first."))
        return round(value / (population / 1000), 4)
    return value
