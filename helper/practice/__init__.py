"""Practice and counselor content: scenarios, the guided and amends builders,
drills with feedback, the child's-eye view, the gallery and the handout.

Content lives in TOML next to this file and is validated when loaded."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..analysis import analyze
from ..model import CATEGORIES, WISHES, Finding, Report, Rewrite
from ..rewriting import rewrite, templates

HERE = Path(__file__).parent


class ContentError(ValueError):
    """A practice content file is unusable; the message names it."""


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    situation: str
    tempting: str
    lands: str
    wish: str
    happened: str
    feel: str
    would_love: str
    easy_out: str
    models: tuple[str, ...]


_SCENARIO_KEYS = {"id", "title", "situation", "tempting", "lands", "wish", "builder", "model"}
_BUILDER_KEYS = {"happened", "feel", "would_love", "easy_out"}


def _scenario(path: Path) -> Scenario:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ContentError(f"{path.name}: {exc}") from None
    if set(data) != _SCENARIO_KEYS:
        raise ContentError(f"{path.name}: fields must be exactly {sorted(_SCENARIO_KEYS)}, got {sorted(data)}")
    if set(data["builder"]) != _BUILDER_KEYS:
        raise ContentError(f"{path.name}: [builder] fields must be {sorted(_BUILDER_KEYS)}")
    if data["wish"] not in WISHES:
        raise ContentError(f"{path.name}: unknown wish {data['wish']!r}")
    models = tuple(m["text"] for m in data["model"])
    if len(models) < 2:
        raise ContentError(f"{path.name}: needs at least two [[model]] answers")
    b = data["builder"]
    return Scenario(
        id=data["id"], title=data["title"], situation=data["situation"], tempting=data["tempting"],
        lands=data["lands"], wish=data["wish"], happened=b["happened"], feel=b["feel"],
        would_love=b["would_love"], easy_out=b["easy_out"], models=models,
    )


@lru_cache(maxsize=1)
def scenarios() -> tuple[Scenario, ...]:
    """The scenario library, in file order."""
    items = tuple(_scenario(p) for p in sorted((HERE / "scenarios").glob("*.toml")))
    ids = [s.id for s in items]
    if len(ids) != len(set(ids)):
        raise ContentError("scenarios: duplicate id")
    return items


def scenario(scenario_id: str) -> Scenario:
    for s in scenarios():
        if s.id == scenario_id:
            return s
    raise KeyError(scenario_id)


# -- the guided builder ------------------------------------------------------

def build_message(happened: str, feel: str, would_love: str, easy_out: str, tone: str = "warm", name: str = "") -> str:
    """A message from four plain answers: what happened (an observation, not
    a verdict), how she feels, what she would love, and an easy out."""
    t = templates()
    opening = t.frame("opening", tone, person=name.strip())[0]
    core = t.frame("i_statement", tone, happened=_clause(happened), feeling=_feeling(feel), would_love=_clause(would_love))[0]
    parts = [opening, core]
    if easy_out.strip():
        parts.append(_sentence(easy_out))
    return " ".join(parts)


def _clause(text: str) -> str:
    """A fragment fit to sit inside a sentence: trimmed, no end punctuation."""
    text = " ".join(text.split()).rstrip(".!?…")
    if text[:2] in ("I ", "I'"):
        return text
    return text[:1].lower() + text[1:] if text[:1].isupper() and not text[1:2].isupper() else text


def _feeling(text: str) -> str:
    """'a bit sad' -> 'I feel a bit sad'; 'I miss you' stays as it is."""
    text = _clause(text)
    if not text:
        return ""
    if text[:2] in ("I ", "I'") or text.lower().startswith(("i ", "i'")):
        return "I" + text[1:]
    return f"I feel {text}"


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" or not text[-1].isalnum() else text + "."


# -- the amends letter ---------------------------------------------------------

@dataclass(frozen=True)
class AmendsPart:
    id: str
    title: str
    prompt: str
    example: str


AMENDS: tuple[AmendsPart, ...] = (
    AmendsPart("thanks", "Thank them for telling you", "Start by thanking them for trusting you with it.",
               "Thank you for telling me how you felt. I know that wasn't easy."),
    AmendsPart("name", "Name what hurt them", "Say specifically what you did or said, in their terms.",
               "When I criticised your choices in front of the family, you felt small and unwelcome."),
    AmendsPart("empathy", "Show you understand how it felt", "Imagine it from their side, and say so.",
               "I can see how lonely and hurt that must have left you."),
    AmendsPart("regret", "Say you're sorry, and stop there", "No 'but', no reasons, no reminders of what you did well.",
               "I'm sorry. I wish I had done it differently."),
    AmendsPart("pace", "Ask for nothing; accept their pace", "No deadlines and no requests for forgiveness.",
               "You don't need to reply, and you can take all the time you need."),
    AmendsPart("door", "Leave the door open", "Let them know you're there whenever they choose.",
               "Whenever you want to talk, or not talk, I'm here."),
    AmendsPart("love", "Close with love", "A few simple words.", "I love you."),
)


@dataclass(frozen=True)
class PartCheck:
    findings: tuple[Finding, ...]
    notes: tuple[str, ...]


def check_amends_part(part_id: str, text: str) -> PartCheck:
    """Findings for one part of the amends letter, with notes that matter most
    here (defending, a 'but' after sorry, asking for something)."""
    report = analyze(text, suggest=False)
    notes: list[str] = []
    if any(f.category == "defending" for f in report.findings):
        notes.append("This part may read as defending yourself; in an amends letter that tends to undo the apology.")
    low = f" {text.lower()} "
    if part_id == "regret" and (" but " in low or " because " in low):
        notes.append("A 'but' or a 'because' after sorry can sound like an excuse; try ending the sentence at the apology.")
    if part_id in ("pace", "door") and any(f.category in ("pursuit", "debt", "guilt") for f in report.findings):
        notes.append("This part asks for something back; here it helps to ask for nothing.")
    return PartCheck(findings=report.findings, notes=tuple(notes))


def amends_letter(parts: dict[str, str]) -> str:
    """The parts she wrote, in order, as one letter."""
    return "\n\n".join(parts[p.id].strip() for p in AMENDS if parts.get(p.id, "").strip())


# -- drills ----------------------------------------------------------------------

@dataclass(frozen=True)
class DrillScore:
    score: int
    reasons: tuple[str, ...]
    report: Report


_PENALTY = {"strong": 25, "caution": 15, "note": 8}


def score_attempt(text: str) -> DrillScore:
    """0-100 for a calmer version she wrote, with the reasons, so she can see
    what helped and what still may hurt."""
    report = analyze(text, suggest=False)
    if not report.signals.words:
        return DrillScore(0, ("Write your calmer version first.",), report)
    score = 70
    reasons: list[str] = []
    if not report.findings:
        score += 15
        reasons.append("+15 Nothing in it is likely to land as guilt or pressure.")
    for f in report.findings:
        score -= _PENALTY[f.severity]
        reasons.append(f"−{_PENALTY[f.severity]} “{f.phrase}” may land as {CATEGORIES[f.category].label.lower()}.")
    kinds = dict.fromkeys(s.kind for s in report.strengths)
    bonus = {"easy_out": 5, "i_feel": 4, "warmth": 3, "specific_invitation": 4, "own_life": 3,
             "curiosity": 3, "appreciation": 3, "respect": 3, "ownership": 4}
    for kind in kinds:
        if kind in bonus:
            score += bonus[kind]
            label = next(s.label for s in report.strengths if s.kind == kind)
            reasons.append(f"+{bonus[kind]} {label}.")
    if report.signals.words > 80:
        score -= 5
        reasons.append("−5 Long for a text; a shorter note is easier to answer.")
    if report.signals.shouting:
        score -= 5
        reasons.append("−5 Capitals or !!! may read as shouting.")
    return DrillScore(max(0, min(100, score)), tuple(reasons), report)


# -- how might they hear it --------------------------------------------------------

@lru_cache(maxsize=1)
def perspectives() -> dict[str, str]:
    data = tomllib.loads((HERE / "perspectives.toml").read_text(encoding="utf-8"))
    missing = set(CATEGORIES) - set(data)
    if missing:
        raise ContentError(f"perspectives.toml: missing {sorted(missing)}")
    return data


def child_view(finding: Finding) -> str:
    """The finding read from the child's side, in their voice."""
    return perspectives()[finding.category]


# -- gallery and handout ---------------------------------------------------------

@dataclass(frozen=True)
class Example:
    category: str
    before: str
    report: Report
    after: Rewrite


@lru_cache(maxsize=1)
def _gallery_data() -> dict:
    return tomllib.loads((HERE / "gallery.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def gallery() -> tuple[Example, ...]:
    """Before/after pairs for every category, produced by the engine and the
    rewriter from the curated drafts."""
    out = []
    for d in _gallery_data()["draft"]:
        if d["category"] not in CATEGORIES:
            raise ContentError(f"gallery.toml: unknown category {d['category']!r}")
        out.append(Example(d["category"], d["text"], analyze(d["text"]), rewrite(d["text"], "warm")))
    return tuple(out)


def ideas() -> tuple[tuple[str, str], ...]:
    return tuple((i["title"], i["text"]) for i in _gallery_data()["idea"])


def handout_html(examples: list[Example], chosen_ideas: list[tuple[str, str]], title: str = "Saying it so it can be heard") -> str:
    """A printable page (A4 and Letter) rendered from templates/handout.html.j2.
    Autoescaped: nothing typed can become markup."""
    return templates().env.get_template("handout.html.j2").render(
        title=title,
        ideas=chosen_ideas,
        pairs=[
            {
                "category": CATEGORIES[e.category].label,
                "before": e.before,
                "after": e.after.text,
                "why": [f.message for f in e.report.findings],
            }
            for e in examples
        ],
    )
