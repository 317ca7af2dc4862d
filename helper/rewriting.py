"""Calmer rewrites: from each flagged phrase to the wish behind it, said
plainly through Jinja2 templates, keeping what is concrete in the draft.

The mechanism is general: finding -> wish -> template variants (per tone)
-> slots from her own words. Nothing here knows any particular message.
"""

from __future__ import annotations

import itertools
import math
import zlib
from dataclasses import dataclass, replace
from functools import lru_cache  # only for templates(): a few folders, no visitor's words
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from . import readability
from .engine import sentence_of, sentences
from .loader import SUPPORT, RuleSet, builtin, sentence_ends
from .memo import remembered, remembering
from .model import CATEGORIES, SEVERITIES, WISHES, Change, Finding, Rewrite
from .slots import Slots, extract, phrases

if TYPE_CHECKING:  # jinja2 is imported on first use: `import helper` stays quick
    import jinja2

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
TONES: tuple[str, ...] = ("warm", "brief", "light")
_RANK = {s: i for i, s in enumerate(SEVERITIES)}
_PRESSING = frozenset({"pursuit", "scorekeeping"})
_MAX_TRIES = 400  # combinations tried before settling for the closest
_EASY_GRADE = 6.0  # a rewrite reads no harder than the draft, or than grade 6
_FULL_SLOTS = Slots(when="on Sunday", occasion="Emma's recital", plan="lunch", place="the lake house", person="Sam")


class TemplateProblem(ValueError):
    """A template cannot be used; the message names the file and the problem."""


@dataclass(frozen=True, eq=False)  # one per folder (see `templates`): identity is equality, and hashes fast
class Templates:
    """A Jinja2 environment over the built-in templates, optionally with a
    counselor's folder in front (same file names override). Never mutated."""

    env: jinja2.Environment
    folder: str = ""

    def lines(self, name: str, **context: str) -> list[str]:
        """Render a template; each non-empty line is one variant."""
        import jinja2

        try:
            text = self.env.get_template(name).render(**context)
        except jinja2.TemplateNotFound:
            raise TemplateProblem(f"{name}: template not found") from None
        except jinja2.TemplateError as exc:
            raise TemplateProblem(f"{name}: {exc}") from None
        return [ln.strip() for ln in text.splitlines() if ln.strip()]

    def variants(self, wish: str, tone: str, slots: Slots) -> list[str]:
        return list(_variants(self, wish, tone, slots))

    def frame(self, name: str, tone: str, **context: str) -> list[str]:
        return self.lines(f"frames/{name}.j2", tone=tone, **context)


@remembered("variants")
def _variants(t: Templates, wish: str, tone: str, slots: Slots) -> tuple[str, ...]:
    return tuple(t.lines(f"wishes/{wish}.j2", tone=tone, **phrases(slots)))


def _environment(folders: list[str]) -> "jinja2.Environment":
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2"), default_for_string=False, default=False),
    )


def check(t: Templates) -> Templates:
    """Render every wish and frame template with and without slots, so a
    broken template is reported at load time, by name."""
    frame_context = {"person": "Sam", "news": "I started a class", "at": " on Sunday",
                     "happened": "we missed Sunday", "feeling": "I feel sad", "would_love": "a call"}
    empty_frame = {k: "" for k in frame_context}
    for wish in WISHES:
        for tone in TONES:
            for slots in (Slots(), _FULL_SLOTS):
                if not t.variants(wish, tone, slots):
                    raise TemplateProblem(f"wishes/{wish}.j2: renders no sentence for tone '{tone}'")
    for name in ("close", "opening", "own_life", "invitation", "i_statement"):
        for tone in TONES:
            for ctx in (frame_context, empty_frame):
                if not t.frame(name, tone, **ctx):
                    raise TemplateProblem(f"frames/{name}.j2: renders nothing for tone '{tone}'")
    return t


@lru_cache(maxsize=8)
def templates(folder: str | None = None) -> Templates:
    """Built-in templates, or a counselor's folder layered over them. A
    counselor's folder is checked in full at once (the built-in templates are
    checked by the test suite), so a broken file is named before it is used."""
    import jinja2

    if not folder:
        return Templates(env=_environment([str(TEMPLATES_DIR)]))
    path = Path(folder)
    if not path.is_dir():
        raise TemplateProblem(f"{folder}: not a folder of templates")
    try:
        return check(Templates(env=_environment([str(path), str(TEMPLATES_DIR)]), folder=folder))
    except jinja2.TemplateSyntaxError as exc:  # raised while loading a file
        raise TemplateProblem(f"{exc.filename or exc.name}: line {exc.lineno}: {exc.message}") from None


def _words(text: str) -> int:
    return len(text.split())


def _clean(sentence: str, ruleset: RuleSet) -> bool:
    if ruleset is builtin():
        return _clean_builtin(sentence)
    from .analysis import find  # local: analysis attaches our suggestions

    return not find(sentence, ruleset)


@remembered("clean")
def _clean_builtin(sentence: str) -> bool:
    from .analysis import find

    return not find(sentence, builtin())


@remembered("grade")
def grade(text: str) -> float:
    """Reading grade of a sentence (remembered: templates repeat)."""
    return readability.grade(text)


def _keeps(sentence: str, slots: Slots) -> bool:
    return all(v in sentence for v in slots.values())


def _pick(
    t: Templates, wish: str, tone: str, slots: Slots, seed: str, ruleset: RuleSet, easy: Callable[[str], bool]
) -> str | None:
    """The first usable variant (see `_ranked`) that `easy` accepts."""
    n = len(t.variants(wish, tone, slots))
    turn = zlib.crc32(seed.encode("utf-8")) % n if n else 0
    return next((v for v in _usable(t, wish, tone, slots, turn, ruleset) if easy(v)), None)


def _usable(t: Templates, wish: str, tone: str, slots: Slots, turn: int, ruleset: RuleSet) -> tuple[str, ...]:
    """One tone's usable variants, starting at `turn` (as `_ranked` orders
    them). Many sentences share them, so they are remembered."""
    if ruleset is builtin():
        return _usable_builtin(t, wish, tone, slots, turn)
    return tuple(_ranked(t, wish, [tone], slots, "", ruleset, turn))


@remembered("usable")
def _usable_builtin(t: Templates, wish: str, tone: str, slots: Slots, turn: int) -> tuple[str, ...]:
    return tuple(_ranked(t, wish, [tone], slots, "", builtin(), turn))


def _shortest(t: Templates, wish: str, slots: Slots, ruleset: RuleSet) -> str:
    every = [v for tone in TONES for v in t.variants(wish, tone, slots)]
    usable = [v for v in every if _keeps(v, slots) and _clean(v, ruleset)] or every
    return min(usable, key=lambda v: (_words(v), grade(v), v))


def _suggest_for(sentence: str, wish: str, ruleset: RuleSet, t: Templates) -> tuple[str, ...]:
    if ruleset is builtin():
        return _suggest_cached(sentence, wish, t)
    return _suggest(sentence, wish, ruleset, t)


@remembered("suggest")
def _suggest_cached(sentence: str, wish: str, t: Templates) -> tuple[str, ...]:
    return _suggest(sentence, wish, builtin(), t)


def _suggest(sentence: str, wish: str, ruleset: RuleSet, t: Templates) -> tuple[str, ...]:
    slots = extract(sentence)

    def easy(v: str) -> bool:  # no harder than max(draft, grade 6); the draft is graded only if it matters
        g = grade(v)
        return g <= _EASY_GRADE or g <= grade(sentence)

    out: list[str] = []
    for tone in TONES:
        v = _pick(t, wish, tone, slots, sentence + tone, ruleset, easy)
        if v and v not in out:
            out.append(v)
    if len(out) < 2:  # a tone had nothing easy enough: take the next easiest anywhere
        for v in sorted((v for tn in TONES for v in t.variants(wish, tn, slots)), key=grade):
            if v not in out and _keeps(v, slots) and _clean(v, ruleset):
                out.append(v)
            if len(out) >= 2:
                break
    return tuple(out)


def apply_suggestion(text: str, position: int, replacement: str) -> str:
    """Replace the sentence holding `position` with `replacement`, keeping the
    white space around it (what "use this" does in the app)."""
    a, b = sentence_of(text, position)
    chunk = text[a:b]
    lead = chunk[: len(chunk) - len(chunk.lstrip())]
    trail = chunk[len(chunk.rstrip()) :]
    if not trail and b < len(text) and not text[b].isspace():
        trail = " "
    return text[:a] + lead + replacement + trail + text[b:]


def group_by_sentence(text: str, findings: Iterable[Finding]) -> list[tuple[int, list[Finding]]]:
    """Findings gathered by the sentence they sit in: (sentence start, findings)."""
    bounds = sentence_ends(text)
    groups: dict[int, list[Finding]] = {}
    for f in findings:
        groups.setdefault(sentence_of(text, f.start, bounds)[0], []).append(f)
    return list(groups.items())


def suggester(
    text: str, ruleset: RuleSet, t: Templates | None = None, bounds: list[int] | None = None
) -> Callable[[int, str], tuple[str, ...]]:
    """For a finding starting at `start` and voicing `wish`: calmer
    alternatives to the sentence holding it."""
    t = t or templates()
    if bounds is None:
        bounds = sentence_ends(text)

    def suggest(start: int, wish: str) -> tuple[str, ...]:
        a, b = sentence_of(text, start, bounds)
        return _suggest_for(text[a:b].strip(), wish, ruleset, t)

    return suggest


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    lead: str
    body: str
    trail: str


def _pieces(text: str) -> list[_Piece]:
    """Sentences that add up to `text`, each split into leading white space,
    the sentence itself, and trailing white space."""
    out = []
    for s, e in sentences(text):
        chunk = text[s:e]
        body = chunk.strip()
        if not body:
            if out:
                last = out[-1]
                out[-1] = replace(last, end=e, trail=last.trail + chunk)
            else:
                out.append(_Piece(s, e, chunk, "", ""))
            continue
        lead = chunk[: len(chunk) - len(chunk.lstrip())]
        trail = chunk[len(chunk.rstrip()) :]
        out.append(_Piece(s, e, lead, body, trail))
    return out


def _reason(f: Finding) -> str:
    label = CATEGORIES[f.category].label.lower()
    return f"May land as {label}; says the wish ({WISHES[f.wish]}) plainly and leaves them free to answer."


def word_limit(text: str, close: str = "", slots: int = 0) -> int:
    """How long a calmer version may be: about 1.5x the draft's words, plus
    one short closing sentence, plus one small joining word ("on", "at",
    "about") for each concrete thing it keeps."""
    return math.ceil(1.5 * _words(text)) + _words(close) + slots


def rewrite(
    text: str, tone: str = "warm", rules: RuleSet | None = None, folder: str | None = None
) -> Rewrite:
    """A calmer version of the whole message (see the module doc)."""
    if tone not in TONES:
        raise ValueError(f"tone must be one of {', '.join(TONES)}, got {tone!r}")
    with remembering():
        return _rewrite(text, tone, rules or builtin(), templates(folder))


def _rewrite(text: str, tone: str, ruleset: RuleSet, t: Templates) -> Rewrite:
    from .analysis import report_and_matches

    report, matches = report_and_matches(text, ruleset)
    support_spans = [(m.start, m.end) for m in matches if m.rule.category == SUPPORT]
    pieces = _pieces(text)

    # Which sentences carry findings, and the wish each one voices.
    by_piece: dict[int, list[Finding]] = {}
    for f in report.findings:
        for k, p in enumerate(pieces):
            if p.start <= f.start < p.end or (f.start < p.start < f.end):
                by_piece.setdefault(k, []).append(f)
    for k in list(by_piece):
        p = pieces[k]
        if any(a < p.end and p.start < b for a, b in support_spans):
            del by_piece[k]  # words about not wanting to live are never rewritten away
    if not by_piece:
        return Rewrite(text=text.strip() or text, tone=tone, changes=(), support=report.support)

    strongest = {k: min(fs, key=lambda f: (-_RANK[f.severity], f.start)) for k, fs in by_piece.items()}
    wishes = list(dict.fromkeys(strongest[k].wish for k in sorted(strongest)))
    slots_of: dict[str, Slots] = {}
    first_of: dict[str, int] = {}
    for k in sorted(strongest):
        wish = strongest[k].wish
        slots_of[wish] = slots_of.get(wish, Slots()).merged(extract(pieces[k].body))
        first_of.setdefault(wish, k)
    n_slots = len(extract(text).values())
    ceiling = max(report.readability.grade, _EASY_GRADE)
    pressed = bool(
        report.signals.reply_demands
        or report.signals.unanswered_mentions
        or any(f.category in _PRESSING for f in report.findings)
    ) and not any(s.kind == "easy_out" for s in report.strengths)

    def compose(spoken: dict[str, str], close: str) -> Rewrite:
        out: list[str] = []
        changes: list[Change] = []
        said: set[str] = set()
        for k, p in enumerate(pieces):
            if k not in strongest:
                out.append(p.lead + p.body + p.trail)
                continue
            wish = strongest[k].wish
            new = spoken[wish] if wish not in said else ""
            said.add(wish)
            lead = p.lead if (new or "\n" in p.lead or not out) else ""
            out.append(lead + new + (p.trail if new or "\n" in p.trail else ""))
            start = p.start + len(p.lead)
            changes.append(Change(start, start + len(p.body), p.body, new, _reason(strongest[k])))
        body = "".join(out).strip()
        if close:
            body = (body + ("\n" if "\n" in text.strip() else " ") + close) if body else close
            changes.append(Change(len(text), len(text), "", close, "Adds a close that asks for nothing back."))
        return Rewrite(text=body, tone=tone, changes=tuple(changes), support=report.support)

    def fits(rw: Rewrite, close: str) -> bool:
        return grade(rw.text) <= ceiling and _words(rw.text) <= word_limit(text, close, n_slots)

    # Preference order: her tone first, then the others, each list starting at
    # a place fixed by the draft (same input, same output). The first
    # combination that keeps every promise wins.
    order = [tone] + [x for x in TONES if x != tone]
    choices = [
        list(_ranked(t, w, order, slots_of[w], pieces[first_of[w]].body + tone, ruleset)) or [_shortest(t, w, slots_of[w], ruleset)]
        for w in wishes
    ]
    closes = _closes(t, order, text, ruleset) if pressed else [""]
    best: tuple[float, Rewrite] | None = None
    for n, combo in enumerate(itertools.product(*choices, closes)):
        if n >= _MAX_TRIES:
            break
        *sentences, close = combo
        rw = compose(dict(zip(wishes, sentences)), close)
        if fits(rw, close):
            return rw
        over = grade(rw.text) - ceiling + max(0, _words(rw.text) - word_limit(text, close, n_slots))
        if best is None or over < best[0]:
            best = (over, rw)
    assert best is not None
    return best[1]


def _ranked(
    t: Templates, wish: str, tones: list[str], slots: Slots, seed: str, ruleset: RuleSet, start: int | None = None
) -> Iterator[str]:
    """Usable variants for a wish, most preferred first: tone by tone, each
    list starting at a place fixed by `seed` (same input, same output), or
    at `start` when given; a variant is usable when it keeps every slot and
    re-analyses clean."""
    if start is None:
        start = zlib.crc32(seed.encode("utf-8"))
    seen: set[str] = set()
    for tone in tones:
        options = t.variants(wish, tone, slots)
        for k in range(len(options)):
            v = options[(start + k) % len(options)]
            if v not in seen and _keeps(v, slots) and _clean(v, ruleset):
                seen.add(v)
                yield v


def _closes(t: Templates, tones: list[str], seed: str, ruleset: RuleSet) -> list[str]:
    start = zlib.crc32(seed.encode("utf-8"))
    out: list[str] = []
    for tone in tones:
        options = [v for v in t.frame("close", tone) if _clean(v, ruleset)]
        out.extend(options[(start + k) % len(options)] for k in range(len(options)))
    return out + [""]  # last resort: no close at all


__all__ = ["apply_suggestion", "group_by_sentence", "TONES", "Templates", "TemplateProblem", "templates", "rewrite", "suggester", "word_limit"]
