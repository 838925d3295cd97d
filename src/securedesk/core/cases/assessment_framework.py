"""The assessment framework (a data file an authority may replace) and what changed between
two assessments of a case."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from securedesk.core.domain import Assessment, FactorScore
from securedesk.core.error_kinds import Detail, ErrorKind
from securedesk.core.errors import InvalidInput
from securedesk.resource_files import assessment_framework_file

MAX_FRAMEWORK_BYTES = 1024 * 1024
DOMAINS = ("engagement", "intent", "capability")


@dataclass(frozen=True)
class Factor:
    id: str
    domain: str
    name: str
    guidance: str


@dataclass(frozen=True)
class Framework:
    id: str
    version: int
    name: str
    scale_min: int
    scale_max: int
    scale_labels: dict[int, str]
    domain_names: dict[str, str]
    factors: tuple[Factor, ...]
    # Each English text of the file (names, guidance, scale labels) -> its Welsh, from the
    # file's *_cy fields: the framework is shown in the user's language, and Welsh public
    # bodies work bilingually. An authority's own file may leave them out.
    welsh: dict[str, str] = field(default_factory=dict)

    def word(self, text: str, language: str) -> str:
        """`text` (an English text of this framework) in `language` ("cy" or English)."""
        if language.startswith("cy"):
            return self.welsh.get(text, text)
        return text

    def english_texts(self) -> list[str]:
        """Every text the framework shows, in English: what a translation must cover."""
        texts = [self.name, *self.scale_labels.values(), *self.domain_names.values()]
        for f in self.factors:
            texts += [f.name, f.guidance]
        return texts

    def factor(self, factor_id: str) -> Factor:
        for f in self.factors:
            if f.id == factor_id:
                return f
        raise InvalidInput(ErrorKind.NOT_A_FACTOR, factor=factor_id, framework=self.id)

    def check_scores(self, scores: list[FactorScore]) -> None:
        """Every factor scored once, within the scale."""
        seen = set()
        for s in scores:
            self.factor(s.factor_id)
            if s.factor_id in seen:
                raise InvalidInput(ErrorKind.FACTOR_SCORED_TWICE, factor=s.factor_id)
            seen.add(s.factor_id)
            if not self.scale_min <= s.score <= self.scale_max:
                raise InvalidInput(
                    ErrorKind.SCORE_OUT_OF_RANGE,
                    score=s.score,
                    factor=s.factor_id,
                    low=self.scale_min,
                    high=self.scale_max,
                )
        missing = [f.id for f in self.factors if f.id not in seen]
        if missing:
            raise InvalidInput(ErrorKind.FACTORS_UNSCORED, factors=", ".join(missing))

    def domain_total(self, assessment: Assessment, domain: str) -> int:
        ids = {f.id for f in self.factors if f.domain == domain}
        return sum(s.score for s in assessment.scores if s.factor_id in ids)


def load_framework(path: Path | None = None) -> Framework:
    """The framework shipped in resources/, or an authority's own file."""
    data = (path or assessment_framework_file()).read_bytes()
    if len(data) > MAX_FRAMEWORK_BYTES:
        raise InvalidInput(ErrorKind.FRAMEWORK_TOO_LARGE)
    try:
        obj = json.loads(data)
    except ValueError:  # not JSON, or not UTF-8
        raise InvalidInput(ErrorKind.FRAMEWORK_INVALID, why=Detail.NOT_JSON) from None
    try:
        return _parse(obj)
    except KeyError as exc:
        raise InvalidInput(
            ErrorKind.FRAMEWORK_INVALID, why=Detail.FIELD_MISSING, field=str(exc.args[0])
        ) from None
    except (ValueError, TypeError) as exc:
        # int() and dict() on a value of the wrong shape: Python's own words name it.
        raise InvalidInput(
            ErrorKind.FRAMEWORK_INVALID, why=Detail.CONTENTS_MALFORMED, problem=str(exc)
        ) from None


def _invalid(why: Detail, **data: object) -> InvalidInput:
    return InvalidInput(ErrorKind.FRAMEWORK_INVALID, why=why, **data)


def _parse(obj: dict[str, object]) -> Framework:
    scale = obj["scale"]
    domains = obj["domains"]
    if not isinstance(scale, dict) or not isinstance(domains, list):
        raise _invalid(Detail.FRAMEWORK_NEEDS_SCALE)
    factors: list[Factor] = []
    names: dict[str, str] = {}
    welsh: dict[str, str] = {}

    def bilingual(entry: dict[str, object], key: str) -> str:
        english = str(entry[key])
        if f"{key}_cy" in entry:
            welsh[english] = str(entry[f"{key}_cy"])
        return english

    for d in domains:
        names[str(d["id"])] = bilingual(d, "name")
        for f in d["factors"]:
            factors.append(
                Factor(str(f["id"]), str(d["id"]), bilingual(f, "name"), bilingual(f, "guidance"))
            )
    labels = {int(k): str(v) for k, v in dict(scale["labels"]).items()}
    for k, v in dict(scale.get("labels_cy", {})).items():
        if int(k) in labels:
            welsh[labels[int(k)]] = str(v)
    if tuple(names) != DOMAINS:
        raise _invalid(Detail.FRAMEWORK_DOMAIN_ORDER, domains=", ".join(DOMAINS))
    if len({f.id for f in factors}) != len(factors):
        raise _invalid(Detail.FRAMEWORK_FACTOR_IDS_REPEAT)
    version = obj["version"]
    if not isinstance(version, int):
        raise _invalid(Detail.FRAMEWORK_VERSION_NOT_WHOLE)
    return Framework(
        id=str(obj["id"]),
        version=version,
        name=bilingual(obj, "name"),
        scale_min=int(scale["min"]),
        scale_max=int(scale["max"]),
        scale_labels=labels,
        domain_names=names,
        factors=tuple(factors),
        welsh=welsh,
    )


@dataclass(frozen=True)
class FactorChange:
    factor_id: str
    factor_name: str
    domain: str
    before: int | None
    after: int | None

    @property
    def direction(self) -> str:
        if self.before is None:
            return "new"
        if self.after is None:
            return "removed"
        return "up" if self.after > self.before else "down"


def changes_since(
    framework: Framework, previous: Assessment | None, latest: Assessment
) -> list[FactorChange]:
    """Factors whose score differs from the previous assessment. A first assessment has
    nothing to compare with: no changes (never every factor as "— → 0")."""
    if previous is None:
        return []
    before = {s.factor_id: s.score for s in previous.scores}
    after = {s.factor_id: s.score for s in latest.scores}
    changes = []
    for f in framework.factors:
        b, a = before.get(f.id), after.get(f.id)
        if b != a:
            changes.append(FactorChange(f.id, f.name, f.domain, b, a))
    return changes
