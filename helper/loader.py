"""Load rule data (TOML), validate it loudly, and compile it once.

A rule file holds one category (or the built-in `strength` / `support` kinds)::

    category = "debt"

    [[rule]]
    id = "debt.after_all"           # dotted: <category>.<name>
    severity = "strong"             # note | caution | strong
    wish = "recognition"            # the need behind the words
    triggers = ["after", "sacrific*"]   # words that must occur for the rule to run
    patterns = ["after all {ive} done"]
    exceptions = []                 # if one matches in the sentence, no finding
    message = "How the child may hear it, and why."
    flag = ["two or more texts that must be flagged"]
    ok = ["at least one near miss that must not be"]

Pattern conveniences, so rules fit how people really text: matching ignores
case; a straight apostrophe matches any apostrophe or none ("don't", "don’t",
"dont"); a space matches any run of white space; `{you}`, `{your}`, `{youre}`,
`{im}`, `{ive}`, `{ill}`, `{id}` expand to their texting spellings; every
pattern is bounded by word edges.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, NamedTuple

from .literals import Compiled, Needs, compile_analysed
from .model import CATEGORIES, SEVERITIES, WISHES

BUILTIN_DIR = Path(__file__).parent / "rules"
DATA_DIR = Path(__file__).parent / "data"

# Kinds that are not finding categories but share the format.
STRENGTH = "strength"
SUPPORT = "support"
SIGNAL = "signal"
KINDS = (STRENGTH, SUPPORT, SIGNAL)

_APOSTROPHE = "['’‘`´]?"
_SPACE = r"[^\S\n]"
_MACROS: Mapping[str, str] = {
    "{you}": r"(?:you|u|ya|yu)",
    "{your}": r"(?:your|ur|yr|you['’]?re|youre)",
    "{youre}": r"(?:you['’]?re|youre|your|ur|u r|you are|u are)",
    "{im}": r"(?:i['’]?m|i am)",
    "{ive}": r"(?:i['’]?ve|i have)",
    "{ill}": r"(?:i['’]?ll|i will)",
    "{id}": r"(?:i['’]?d|i would)",
}

_COMMON_KEYS = {"id", "triggers", "patterns", "exceptions", "flag", "ok", "note", "source"}
_KEYS = {
    "finding": (_COMMON_KEYS | {"severity", "wish", "message"}, {"id", "patterns", "severity", "wish", "message", "flag", "ok"}),
    STRENGTH: (_COMMON_KEYS | {"label"}, {"id", "patterns", "label", "flag", "ok"}),
    SUPPORT: (_COMMON_KEYS, {"id", "patterns", "flag", "ok"}),
    SIGNAL: (_COMMON_KEYS, {"id", "patterns", "flag", "ok"}),
}
_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
_TRIGGER = re.compile(r"^[^\W_][\w]*\*?$")
_PREFIX_LEN = 4


class RuleError(ValueError):
    """A rule file is unusable; the message names the file, entry and field."""


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    severity: str
    wish: str
    message: str
    label: str
    triggers: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    exceptions: tuple[re.Pattern[str], ...]
    flag: tuple[str, ...]
    ok: tuple[str, ...]
    source_file: str
    raw_patterns: tuple[str, ...] = ()
    # per pattern: what must occur in the text for it to match (see literals.py)
    needs: tuple[Needs, ...] = ()
    crosses: tuple[bool, ...] = ()  # per pattern: may it run over a sentence end?
    # per pattern: a cheaper regex that must match wherever the pattern does (or None)
    screens: tuple[re.Pattern[str] | None, ...] = ()
    name: str = ""  # the id after its category: "after_all" (a strength's kind, a signal's name)

    @property
    def fallback(self) -> tuple[int, ...]:
        """Patterns with no whole-word key but a string they need: they run
        wherever one of the rule's trigger words occurs."""
        return tuple(j for j, n in enumerate(self.needs) if n.tokens is None and n.substrings is not None)

    @property
    def anywhere(self) -> tuple[int, ...]:
        """Patterns with nothing long enough to key on (an emoji, "hey+???"):
        they run wherever the short strings they need occur (see
        `Needs.short`), or over the whole text, never behind trigger words."""
        return tuple(j for j, n in enumerate(self.needs) if n.tokens is None and n.substrings is None)


@dataclass(frozen=True)
class RuleSet:
    """Compiled rules plus the index that lets each pattern run only in the
    sentences holding one of its key words."""

    rules: tuple[Rule, ...]
    # word -> (rule index, pattern index); pattern index -1 means "the rule's
    # fallback patterns", reached through the rule's own trigger words
    exact: Mapping[str, tuple[tuple[int, int], ...]] = field(repr=False)
    prefix: Mapping[str, tuple[tuple[str, int], ...]] = field(repr=False)
    # (rule, pattern) found without the word index: the `anywhere` patterns,
    # and (rule, -1) for the fallback patterns of a rule with no trigger words
    always: tuple[tuple[int, int], ...] = field(repr=False)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.rules)

    def without(self, disabled: Iterable[str]) -> "RuleSet":
        """A copy with rules switched off by rule id or category id."""
        off = set(disabled)
        if not off:
            return self
        return index_rules(tuple(r for r in self.rules if r.id not in off and r.category not in off))


def expand(pattern: str, left_edge: bool = True) -> str:
    """Turn a rule author's pattern into a Python regex (see module doc).

    Regexes run on the lower-cased text, so literals are lower-cased here and
    no IGNORECASE is needed. With `left_edge=False` the leading word-edge test
    is left to the engine: a pattern that starts with a plain word then lets
    Python's regex engine jump straight to that word (many times faster)."""
    for key, value in _MACROS.items():
        pattern = pattern.replace(key, value.replace("'", "\0"))
    out: list[str] = []
    in_class = escaped = False
    for i, ch in enumerate(pattern):
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif in_class:
            out.append(ch.lower())
            in_class = ch != "]"
        elif ch == "[":
            out.append(ch)
            in_class = True
        elif ch == "'":
            out.append(_APOSTROPHE)
        elif ch == " ":
            # "a ?b" means an optional space, so a quantified space stays one \s
            # spaces, not line breaks: a line break ends a sentence (and often a message)
            if pattern[i + 1 : i + 2] in ("?", "*", "+", "{"):
                out.append(_SPACE)
            elif _contraction_follows(pattern, _past_group_ends(pattern, i + 1)):
                out.append(_SPACE + "*")  # "you (?:have|'ve) got" must match "you've got" and "youve got"
            else:
                out.append(_SPACE + "+")
        else:
            out.append(ch.lower())
    body = "".join(out).replace("\0", "'")
    return rf"(?<!\w)(?:{body})(?!\w)" if left_edge else rf"(?:{body})(?!\w)"


def _compile(pattern: object, where: str, left_edge: bool = True) -> Compiled:
    """The compiled pattern and what it needs (see literals.py)."""
    if not isinstance(pattern, str) or not pattern.strip():
        raise RuleError(f"{where}: a pattern must be a non-empty string")
    try:
        return compile_analysed(expand(pattern, left_edge))
    except re.error as exc:
        raise RuleError(f"{where}: bad pattern {pattern!r}: {exc}") from None


def _past_group_ends(pattern: str, i: int) -> int:
    """Skip group ends after a space: in "(?:i )?(?:am|'m)" the space that
    matters is the one closing the optional "i "."""
    while pattern.startswith(")", i):
        i += 2 if pattern[i + 1 : i + 2] in ("?", "*") else 1
    return i


def _contraction_follows(pattern: str, i: int) -> bool:
    """Does a group opening at `i` offer an alternative that starts with an
    apostrophe, as in "(?:have|'ve)"? Contractions attach to the word before."""
    if not pattern.startswith("(?:", i):
        return False
    depth, k, at_start = 0, i, False
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            k += 2
            at_start = False
            continue
        if at_start and depth == 1 and ch == "'":
            return True
        at_start = False
        if ch == "[":  # a character class: skip to its end
            k = pattern.find("]", k + 2)
            if k < 0:
                return False
        elif ch == "(":
            depth += 1
            if depth == 1:
                k += 3  # past "(?:"
                at_start = True
                continue
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return False
        elif ch == "|" and depth == 1:
            at_start = True
        k += 1
    return False


def _strings(entry: Mapping[str, object], key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if isinstance(value, str):
        value = [value]  # loose shape, normalised once
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(f"{where}: field '{key}' must be a list of strings")
    return tuple(value)


def _rule(entry: object, kind: str, category: str, where: str) -> Rule:
    if not isinstance(entry, dict):
        raise RuleError(f"{where}: each [[rule]] must be a table")
    allowed, required = _KEYS[kind]
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise RuleError(f"{where}: unknown field(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}")
    missing = sorted(required - set(entry))
    if missing:
        raise RuleError(f"{where}: missing field(s) {', '.join(missing)}")
    rid = entry["id"]
    if not isinstance(rid, str) or not _ID.match(rid):
        raise RuleError(f"{where}: field 'id' must be dotted lowercase like '{category}.name', got {rid!r}")
    where = f"{where} (id {rid})"
    if rid.split(".")[0] != category:
        raise RuleError(f"{where}: id must start with the file's category '{category}.'")
    severity = entry.get("severity", "note")
    if severity not in SEVERITIES:
        raise RuleError(f"{where}: field 'severity' must be one of {', '.join(SEVERITIES)}, got {severity!r}")
    wish = entry.get("wish", "closeness")
    if wish not in WISHES:
        raise RuleError(f"{where}: field 'wish' must be one of {', '.join(WISHES)}, got {wish!r}")
    for key in ("message", "label"):
        if key in entry and (not isinstance(entry[key], str) or not entry[key].strip()):
            raise RuleError(f"{where}: field '{key}' must be a non-empty string")
    triggers = tuple(t.lower() for t in _strings(entry, "triggers", where))
    for t in triggers:
        if not _TRIGGER.match(t) or (t.endswith("*") and len(t) - 1 < _PREFIX_LEN):
            raise RuleError(
                f"{where}: trigger {t!r} must be one word (letters/digits), "
                f"optionally ending in * after at least {_PREFIX_LEN} letters"
            )
    raw = _strings(entry, "patterns", where)
    if not raw:
        raise RuleError(f"{where}: field 'patterns' needs at least one pattern")
    compiled = [_compile(p, f"{where} field 'patterns'", left_edge=False) for p in raw]
    exceptions = [_compile(p, f"{where} field 'exceptions'").pattern for p in _strings(entry, "exceptions", where)]
    flag, ok = _strings(entry, "flag", where), _strings(entry, "ok", where)
    if len(flag) < 2:
        raise RuleError(f"{where}: field 'flag' needs at least 2 examples that must match")
    if len(ok) < 1:
        raise RuleError(f"{where}: field 'ok' needs at least 1 near miss that must not match")
    return Rule(
        id=rid,
        category=category,
        severity=severity,
        wish=wish,
        message=str(entry.get("message", "")).strip(),
        label=str(entry.get("label", "")).strip(),
        triggers=triggers,
        patterns=tuple(c.pattern for c in compiled),
        exceptions=tuple(exceptions),
        flag=flag,
        ok=ok,
        source_file=where.split(":")[0],
        raw_patterns=raw,
        needs=tuple(c.needs for c in compiled),
        crosses=tuple(c.crosses for c in compiled),
        screens=tuple(c.screen for c in compiled),
        name=rid.split(".", 1)[1],
    )


def parse_rules(text: str, name: str = "<rules>") -> tuple[Rule, ...]:
    """Validate one rule file's text; raise RuleError naming `name` and the entry."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{name}: not valid TOML: {exc}") from None
    unknown = sorted(set(data) - {"category", "rule"})
    if unknown:
        raise RuleError(f"{name}: unknown top-level field(s) {', '.join(unknown)}; expected 'category' and [[rule]] tables")
    category = data.get("category")
    if category in KINDS:
        kind = category
    elif category in CATEGORIES:
        kind = "finding"
    else:
        raise RuleError(f"{name}: field 'category' must be one of {', '.join(CATEGORIES)}, got {category!r}")
    entries = data.get("rule")
    if not isinstance(entries, list) or not entries:
        raise RuleError(f"{name}: no [[rule]] entries")
    rules = tuple(_rule(e, kind, category, f"{name}: rule {i + 1}") for i, e in enumerate(entries))
    _check_unique(rules)
    return rules


def _check_unique(rules: Iterable[Rule]) -> None:
    ids: dict[str, str] = {}
    patterns: dict[str, str] = {}
    for r in rules:
        if r.id in ids:
            raise RuleError(f"{r.source_file}: duplicate rule id {r.id!r} (also in {ids[r.id]})")
        ids[r.id] = r.source_file
        for p in r.raw_patterns:
            key = p.lower()
            if key in patterns:
                raise RuleError(f"{r.source_file} (id {r.id}): duplicate pattern {p!r} (also in {patterns[key]})")
            patterns[key] = r.id


def _fallback_triggers(rule: Rule) -> tuple[str, ...]:
    """The rule's trigger words that can occur in its fallback patterns'
    matches: named in the pattern (its first five letters will do, for
    "recogni[sz]e"), or containing a string the pattern needs. When none
    qualify, all of them (never fewer than needed)."""
    keep = []
    for t in rule.triggers:
        stem = t.rstrip("*")
        for j in rule.fallback:
            subs = rule.needs[j].substrings or ()
            if stem[:5] in rule.raw_patterns[j].lower() or any(x in stem for x in subs):
                keep.append(t)
                break
    return tuple(keep) or rule.triggers


def index_rules(rules: tuple[Rule, ...]) -> RuleSet:
    exact: dict[str, list[tuple[int, int]]] = {}
    prefix: dict[str, list[tuple[str, int]]] = {}
    always: list[tuple[int, int]] = []
    for i, rule in enumerate(rules):
        for j, need in enumerate(rule.needs):
            for word in need.tokens or ():
                exact.setdefault(word, []).append((i, j))
            for word in need.also or ():
                exact.setdefault(word, [])  # looked up too, so we know its sentences; keys nothing
        always.extend((i, j) for j in rule.anywhere)
        if not rule.fallback:
            continue
        if not rule.triggers:
            always.append((i, -1))
        for t in _fallback_triggers(rule):
            if t.endswith("*"):
                stem = t[:-1]
                prefix.setdefault(stem[:_PREFIX_LEN], []).append((stem, i))
            else:
                exact.setdefault(t, []).append((i, -1))
    return RuleSet(
        rules=rules,
        exact={k: tuple(dict.fromkeys(v)) for k, v in exact.items()},
        prefix={k: tuple(v) for k, v in prefix.items()},
        always=tuple(always),
    )


def load_files(paths: Iterable[Path | str]) -> tuple[Rule, ...]:
    """Load rule files and folders of `*.toml` files (sorted by name)."""
    rules: list[Rule] = []
    for path in map(Path, paths):
        files = sorted(path.glob("*.toml")) if path.is_dir() else [path]
        if path.is_dir() and not files:
            raise RuleError(f"{path}: no .toml rule files in this folder")
        for f in files:
            try:
                text = f.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise RuleError(f"{f}: cannot read: {exc}") from None
            rules.extend(parse_rules(text, f.name))
    return tuple(rules)


def builtin_expanded() -> list[str]:
    """Every built-in pattern and exception, as compiled (see `expand`)."""
    out = []
    for folder in (BUILTIN_DIR, DATA_DIR):
        for f in sorted(folder.glob("*.toml")):
            for entry in tomllib.loads(f.read_text(encoding="utf-8")).get("rule", []):
                out += [expand(p, left_edge=False) for p in entry.get("patterns", [])]
                out += [expand(p) for p in entry.get("exceptions", [])]
    return out


@lru_cache(maxsize=1)
def builtin() -> RuleSet:
    """The shipped rules, strengths and support patterns, compiled once (immutable)."""
    rules = load_files([BUILTIN_DIR, DATA_DIR])
    _check_unique(rules)
    return index_rules(rules)


def load_rules(*extra: Path | str, include_builtin: bool = True, disable: Iterable[str] = ()) -> RuleSet:
    """Built-in rules plus extra rule files or folders, minus disabled ids/categories."""
    rules = (builtin().rules if include_builtin else ()) + load_files(extra)
    _check_unique(rules)
    return index_rules(rules).without(disable)


def from_text(text: str, name: str, base: RuleSet | None = None) -> RuleSet:
    """Add one uploaded rule file to `base` (the built-in rules by default)."""
    rules = (base or builtin()).rules + parse_rules(text, name)
    _check_unique(rules)
    return index_rules(rules)


def sentence_ends(text: str) -> list[int]:
    """Where each sentence ends (after its . ! ? … or line break)."""
    return [m.end() for m in _SENTENCE_END.finditer(text)]


class Candidates(NamedTuple):
    """Where each (rule, pattern) must run. Pattern index -1 stands for a
    rule's fallback patterns. Most patterns cannot run over a sentence end:
    they get the indices of the sentences holding their key words (sentence k
    is `starts[k]:ends[k]`). The few that can get merged character windows
    reaching one sentence further on each side."""

    starts: list[int]
    ends: list[int]
    sentences: dict[tuple[int, int], list[int]]
    windows: dict[tuple[int, int], list[tuple[int, int]]]


def candidates(
    text: str, ruleset: RuleSet, lower: str | None = None, bounds: list[int] | None = None
) -> Candidates:
    """One tokenising pass: for each (rule, pattern) whose key word occurs,
    the sentences to search (texts often break one thought into fragments,
    "Fine. Go out then.", hence the wider windows for patterns that cross)."""
    if lower is None:
        lower = lowered(text)
    n = len(text)
    if bounds is None:
        bounds = sentence_ends(text)
    starts = [0, *bounds]
    ends = [*bounds, n]
    exact, prefix = ruleset.exact, ruleset.prefix
    seen_in: dict[str, list[int]] = {}  # key word -> sentences holding it
    prefixed: dict[int, list[int]] = {}  # rule -> sentences holding one of its trigger stems
    # One C-level pass yields words and sentence ends in text order, so a
    # running count of ends is each word's sentence index (ends and words
    # never overlap); then one dictionary lookup per word.
    k = 0
    for word in _TOKENS.findall(lower):
        if word in exact:
            if word in seen_in:
                seen_in[word].append(k)
            else:
                seen_in[word] = [k]
        elif word[0] in _END_CHARS:
            k += 1
            continue
        if prefix:  # trigger stems ("sacrific*") from a counselor's rules
            for stem, i in prefix.get(word[:_PREFIX_LEN], ()):
                if word.startswith(stem):
                    prefixed.setdefault(i, []).append(k)
    hits: dict[tuple[int, int], list[int]] = {}
    mixed: set[tuple[int, int]] = set()  # keys reached through several words: order lost
    for word, ks in seen_in.items():
        for key in exact[word]:
            if key in hits:
                hits[key] = hits[key] + ks
                mixed.add(key)
            else:
                hits[key] = ks
    for i, ks in prefixed.items():
        hits[(i, -1)] = hits.get((i, -1), []) + ks
        mixed.add((i, -1))
    rules = ruleset.rules
    whole: list[tuple[int, int]] = []
    for i, j in ruleset.always:
        short = rules[i].needs[j].short if j >= 0 else None
        if short is None:
            whole.append((i, j))
            continue
        # a pattern keyed by no word, but by a short string ("??", an emoji):
        # the sentences where str.find meets that string
        ks = []
        for piece in short:
            p = lower.find(piece)
            while p != -1:
                ks.append(bisect_right(bounds, p))
                p = lower.find(piece, p + 1)
        if ks:
            hits[(i, j)] = ks
            mixed.add((i, j))
    last = len(ends) - 1
    by_sentence: dict[tuple[int, int], list[int]] = {}
    windows: dict[tuple[int, int], list[tuple[int, int]]] = {}
    holding: dict[frozenset[str], set[int]] = {}  # a word set -> the sentences holding one of its words
    for (i, j), ks in hits.items():
        rule = rules[i]
        wide = rule.crosses[j] if j >= 0 else any(rule.crosses[p] for p in rule.fallback)
        ks = sorted(set(ks)) if (i, j) in mixed else list(dict.fromkeys(ks))  # one word's list is in order
        if not wide:  # the pattern cannot consume . ! ? … or a line break: its sentence is enough
            also = rule.needs[j].also if j >= 0 else None
            if also is not None:  # a second word it needs: sentences without one need no regex
                where = holding.get(also)
                if where is None:
                    where = holding[also] = {k for w in also for k in seen_in.get(w, ())}
                ks = [k for k in ks if k in where]
                if not ks:
                    continue
            by_sentence[(i, j)] = ks
            continue
        spans: list[tuple[int, int]] = []
        for k in ks:
            a, b = starts[max(0, k - 1)], ends[min(last, k + 1)]
            if spans and a <= spans[-1][1]:  # overlapping windows merge
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((a, b))
        windows[(i, j)] = spans
    for key in whole:
        windows[key] = [(0, n)]
    return Candidates(starts, ends, by_sentence, windows)


def lowered(text: str) -> str:
    """`text` in lower case, same length (so offsets carry over)."""
    lower = text.lower()
    if len(lower) != len(text):  # a few characters grow when lowered ("İ")
        lower = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return lower


# A sentence ends at . ! ? … or a line break (texts often have no punctuation).
_END_CHARS = ".!?…\n"
_SENTENCE_END = re.compile(f"[{_END_CHARS}]+")
_TOKENS = re.compile(rf"[{_END_CHARS}]+|\w+")  # sentence ends and words, in order
