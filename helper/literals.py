"""What a regex needs in the text before it can match.

For each compiled pattern we work out, from Python's own parse of it:

- `tokens`: whole words, one of which must occur as a complete word in any
  match. The engine indexes patterns by these, so a pattern runs only in
  sentences where one of its words occurs (one dictionary lookup per word).
- `substrings`: strings, one of which must occur somewhere in any match; a
  cheap `in` test before running a pattern that has no whole-word key.

Conservative by construction: when unsure, the answer is None and the
pattern falls back to its rule's trigger words, or simply runs.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Mapping, NamedTuple

try:  # CPython's own regex parser: private, but stable across 3.11–3.13.
    from re import _compiler  # type: ignore[attr-defined]
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other interpreters: no keys
    P = C = _compiler = None

_MIN_SUBSTRING = 3
_MIN_TOKEN = 3
_WORDY = re.compile(r"\w+")


@dataclass(frozen=True)
class Needs:
    tokens: frozenset[str] | None
    substrings: frozenset[str] | None
    # only when there are neither: shorter strings ("??", an emoji), one of
    # which any match contains; the engine finds them with str.find
    short: frozenset[str] | None = None
    # a second set of whole words, required at another place in every match:
    # the engine skips sentences holding none of them without running the regex
    also: frozenset[str] | None = None


def _nonword_char(code: int) -> bool:
    return not _WORDY.fullmatch(chr(code))


def _consumes_nonword(op, av) -> bool:  # type: ignore[no-untyped-def]
    """Consumes at least one character, and only non-word characters."""
    if op is C.LITERAL:
        return _nonword_char(av)
    if op is C.IN:
        if av and av[0][0] is C.NEGATE:
            # [^\S...] is white space only; [^\w...] is non-word only
            return any(m == (C.CATEGORY, C.CATEGORY_NOT_SPACE) or m == (C.CATEGORY, C.CATEGORY_WORD) for m in av[1:])
        for sub_op, sub_av in av:
            if sub_op is C.LITERAL and _nonword_char(sub_av):
                continue
            if sub_op is C.CATEGORY and sub_av in (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD):
                continue
            return False
        return bool(av)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        return lo >= 1 and len(sub.data) == 1 and _consumes_nonword(*sub.data[0])
    return False


def _word_assertion(op, av, direction: int) -> bool:  # type: ignore[no-untyped-def]
    """A zero-width test that the neighbour on `direction` is not a word char."""
    if op is C.AT:
        return av in (C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_BEGINNING_STRING, C.AT_END, C.AT_END_STRING)
    if op is C.ASSERT_NOT:
        d, sub = av
        if (d < 0) != (direction < 0) or len(sub.data) != 1:
            return False
        sop, sav = sub.data[0]
        return sop is C.IN and sav == [(C.CATEGORY, C.CATEGORY_WORD)]
    return False


def _zero_width(op) -> bool:  # type: ignore[no-untyped-def]
    return op in (C.ASSERT, C.ASSERT_NOT, C.AT)


def _edge(items, j: int, step: int, outer: bool) -> bool:  # type: ignore[no-untyped-def]
    """Is there a word boundary just before (step -1) or after (+1) item j?"""
    k = j + step
    while 0 <= k < len(items):
        op, av = items[k]
        if _word_assertion(op, av, step) or _consumes_nonword(op, av):
            return True
        if _optional_with_edge(op, av, step):
            k += step  # present: it brings its own boundary; absent: look further
            continue
        if not _zero_width(op):
            return False
        k += step
    return outer


def _optional_with_edge(op, av, step: int) -> bool:  # type: ignore[no-untyped-def]
    """An optional group like "(?:i )?" whose edge facing us is a non-word char."""
    if op not in (C.MAX_REPEAT, C.MIN_REPEAT) or av[0] != 0 or av[1] != 1:
        return False
    return _edge_nonword(av[2].data, step)


def _edge_nonword(items, step: int) -> bool:  # type: ignore[no-untyped-def]
    """Does every way through `items` end (step -1) or start (+1) with a non-word char?"""
    if not items:
        return False
    op, av = items[-1] if step < 0 else items[0]
    if _consumes_nonword(op, av):
        return True
    if op is C.SUBPATTERN:
        return _edge_nonword(av[-1].data, step)
    if op is C.BRANCH:
        return all(_edge_nonword(a.data, step) for a in av[1])
    return False


def _optional_literal(op, av) -> str | None:  # type: ignore[no-untyped-def]
    """"s?" or "(?:es)?": the optional literal suffix, else None."""
    if op not in (C.MAX_REPEAT, C.MIN_REPEAT) or av[0] != 0 or av[1] != 1:
        return None
    inner = av[2].data
    if len(inner) == 1 and inner[0][0] is C.SUBPATTERN:
        inner = inner[0][1][-1].data
    if inner and all(o is C.LITERAL for o, _ in inner):
        return "".join(chr(a).lower() for _, a in inner)
    return None


def _literal_alternatives(op, av) -> list[str] | None:  # type: ignore[no-untyped-def]
    """A branch whose alternatives are plain literals (the parser factors
    "want|wish" into "w(?:ant|ish)"): their strings, else None."""
    if op is not C.BRANCH:
        return None
    out = []
    for alt in av[1]:
        if not all(o is C.LITERAL for o, _ in alt.data):
            return None
        out.append("".join(chr(a).lower() for _, a in alt.data))
    return out


# Words so frequent in messages that keying a pattern on them saves little,
# most frequent first. Among the (all correct) options for a pattern's key,
# the one whose most frequent word is rarest wins.
_FREQUENT = (
    "the you i to a and it of in is that me for my was on have be with do not this but are so your just "
    "can at what all we love get like know good how will if up out one time now about there no call go see "
    "day back want need think going come well really much here also even more some any when then than been "
    "had has did does don its it's make made very today week night home said tell ask asked told again "
    "since reply left care mom mum better thinking only too they them their would could should"
).split()
_PENALTY = {w: len(_FREQUENT) - i for i, w in enumerate(_FREQUENT)}


def _best(options: list[frozenset[str]], min_len: int) -> frozenset[str] | None:
    good = [o for o in options if o and min(map(len, o)) >= min_len]
    if not good:
        return None
    return min(good, key=lambda o: (max(_PENALTY.get(w, 0) for w in o), -min(map(len, o)), len(o)))


def _seq(  # type: ignore[no-untyped-def]
    items, left: bool, right: bool, min_sub: int = _MIN_SUBSTRING, min_tok: int = _MIN_TOKEN, options: list | None = None
) -> Needs:
    tokens: list[frozenset[str]] = [] if options is None else options  # the caller may want every option
    subs: list[frozenset[str]] = []
    i = 0
    while i < len(items):
        op, av = items[i]
        if op is C.LITERAL:
            j = i
            while j < len(items) and items[j][0] is C.LITERAL:
                j += 1
            run = "".join(chr(a).lower() for _, a in items[i:j])
            words = {run}
            tails = _literal_alternatives(*items[j]) if j < len(items) else None
            if tails is not None:
                words = {run + t for t in tails}
                j += 1
            suffix = _optional_literal(*items[j]) if j < len(items) else None
            if suffix is not None:
                words |= {w + suffix for w in words}
                j += 1
            subs.append(frozenset(words))
            if all(_WORDY.fullmatch(w) for w in words) and _edge(items, i, -1, left) and _edge(items, j - 1, 1, right):
                tokens.append(frozenset(words))
            i = j
            continue
        lft, rgt = _edge(items, i, -1, left), _edge(items, i, 1, right)
        inner: Needs | None = None
        if op is C.SUBPATTERN:
            # a group is required as a whole: its own required words are the sequence's too
            inner = _seq(av[-1].data, lft, rgt, min_sub, min_tok, options)
        elif op is C.ATOMIC_GROUP:
            inner = _seq(av.data, lft, rgt, min_sub, min_tok)
        elif op is C.BRANCH:
            alts = [_seq(a.data, lft, rgt, min_sub, min_tok) for a in av[1]]
            inner = Needs(
                tokens=frozenset().union(*(a.tokens for a in alts)) if all(a.tokens for a in alts) else None,
                substrings=frozenset().union(*(a.substrings for a in alts)) if all(a.substrings for a in alts) else None,
            )
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            single = av[1] == 1
            inner = _seq(av[2].data, lft and single, rgt and single, min_sub, min_tok)
            body = av[2].data
            if av[0] >= 2 and len(body) == 1 and body[0][0] is C.LITERAL:  # "\?{2,}" needs "??"
                inner = Needs(inner.tokens, frozenset({chr(body[0][1]).lower() * av[0]}))
        if inner is not None:
            if inner.tokens:
                tokens.append(inner.tokens)
            if inner.substrings:
                subs.append(inner.substrings)
        i += 1
    return Needs(tokens=_best(tokens, min_tok), substrings=_best(subs, min_sub))


class Compiled(NamedTuple):
    pattern: re.Pattern[str]
    needs: Needs
    crosses: bool  # may a match run over a sentence end?
    screen: re.Pattern[str] | None  # must match wherever `pattern` does; far cheaper to search for


def compile_analysed(expanded: str) -> Compiled:
    """Compile `expanded` and analyse it from one parse (loading 500 patterns
    twice over was most of the app's start-up). Raises re.error as re.compile does."""
    if P is None or _compiler is None:
        compiled = re.compile(expanded)
        return Compiled(compiled, *analyse(compiled), None)
    items = P.parse(expanded, 0)
    known = saved_analysis().get(expanded)
    need, crosses = known if known is not None else _analyse_items(items.data)
    try:
        screen = _screen(items, expanded)
        if not _has_prefix(items):
            # No first letter for re to skip ahead to, so it tries every
            # position: the word-edge test (which the engine makes anyway)
            # rejects mid-word positions early. Same matches either way.
            edge = (C.ASSERT_NOT, (-1, P.SubPattern(items.state, [(C.IN, [(C.CATEGORY, C.CATEGORY_WORD)])])))
            return Compiled(_compiler.compile(P.SubPattern(items.state, [edge, *items.data]), 0), need, crosses, screen)
        compiled = _compiler.compile(items, 0)
    except Exception:  # noqa: BLE001 - an interpreter that differs: the plain way
        compiled, screen = re.compile(expanded), None
    return Compiled(compiled, need, crosses, screen)


ANALYSIS_FILE = Path(__file__).parent / "data" / "analysis.json"


def code_version() -> str:
    """Saved results are valid only for this very analysis code..."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def python_version() -> str:
    """...on this Python (its regex parser's trees are what we read)."""
    return "%d.%d" % sys.version_info[:2]


@lru_cache(maxsize=1)
def saved_analysis() -> Mapping[str, tuple[Needs, bool]]:
    """The built-in patterns' analysis, saved ahead (analysing 700 patterns
    was a third of start-up). Keyed by the expanded pattern, so an edited
    pattern simply misses and is analysed as it loads; a change to this
    module (or another Python) voids the whole file. Rewrite it with
    `python -m helper save-analysis`."""
    try:
        data = json.loads(ANALYSIS_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return MappingProxyType({})
    if data.get("code") != code_version() or data.get("python") != python_version():
        return MappingProxyType({})
    sets = lambda v: None if v is None else frozenset(v)  # noqa: E731
    return MappingProxyType(
        {k: (Needs(sets(t), sets(s), sets(sh), sets(al)), bool(c)) for k, (t, s, sh, al, c) in data["patterns"].items()}
    )


def save_analysis(expanded: Iterable[str], path: Path = ANALYSIS_FILE) -> int:
    """Analyse these expanded patterns afresh and save the results."""
    out = {}
    for e in sorted(set(expanded)):
        need, crosses = _analyse_items(P.parse(e, 0).data)
        out[e] = [None if x is None else sorted(x) for x in (need.tokens, need.substrings, need.short, need.also)] + [crosses]
    lines = ",\n".join(f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}" for k, v in out.items())
    head = f'"code": "{code_version()}", "python": "{python_version()}"'
    path.write_text(f'{{{head}, "patterns": {{\n{lines}\n}}}}\n', encoding="utf-8")  # a line per pattern
    return len(out)


def _has_prefix(items) -> bool:  # type: ignore[no-untyped-def]
    """Does re see a literal prefix or a set of first characters to search for?"""
    return bool(_compiler._get_literal_prefix(items, 0)[0] or _compiler._get_charset_prefix(items, 0))


_BACKREF = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _screen(items, expanded: str) -> re.Pattern[str] | None:  # type: ignore[no-untyped-def]
    """A pattern that opens with optional words ("(?:i )?love you") gives re
    no first letter to skip ahead to, so it is tried at every position. What
    follows the optional words must match inside any match, and usually does
    start with a letter: searching for it first rules out most sentences at
    C speed. None when there is no such part (or it could change a match)."""
    if _has_prefix(items) or _BACKREF.search(expanded):
        return None
    data = list(items.data)
    while data and data[0][0] is C.SUBPATTERN and data[0][1][0] is None and not any(data[0][1][1:3]):
        data = list(data[0][1][3].data) + data[1:]  # open "(?:...)" around the whole pattern
    n = 0
    while n < len(data) and data[n][0] in (C.MAX_REPEAT, C.MIN_REPEAT) and data[n][1][0] == 0:
        n += 1
    if n == 0 or n == len(data):
        return None
    core = P.SubPattern(items.state, data[n:])
    return _compiler.compile(core, 0) if _has_prefix(core) else None


def analyse(pattern: re.Pattern[str]) -> tuple[Needs, bool]:
    """What `pattern` needs in the text, and whether a match may run over a
    sentence end; one parse serves both."""
    if P is None:
        return Needs(None, None), True
    try:
        items = P.parse(pattern.pattern, pattern.flags).data
    except Exception:  # noqa: BLE001 - any surprise just disables the shortcuts
        return Needs(None, None), True
    return _analyse_items(items)


def _analyse_items(items) -> tuple[Needs, bool]:  # type: ignore[no-untyped-def]
    try:
        # the engine checks the left word edge of every match itself
        options: list[frozenset[str]] = []
        need = _seq(items, True, False, options=options)
        also = _second(options, need.tokens)
        if also is not None:
            need = Needs(need.tokens, need.substrings, need.short, also)
        if need.tokens is None and need.substrings is None:
            # nothing long enough to key on: settle for a short word ("up",
            # "xo"), else a short string ("??", an emoji)
            short = _seq(items, True, False, min_sub=1, min_tok=1)
            need = Needs(short.tokens, None) if short.tokens else Needs(None, None, short.substrings)
    except Exception:  # noqa: BLE001
        need = Needs(None, None)
    try:
        crosses = bool(_ends(items))
    except Exception:  # noqa: BLE001
        crosses = True
    return need, crosses


# Words too common for a second test to rule much out.
_TOO_COMMON_FOR_ALSO = frozenset(_FREQUENT[:40])


def _second(options: list[frozenset[str]], first: frozenset[str] | None) -> frozenset[str] | None:
    """Another required word set besides the key, the rarest, if any is worth testing."""
    if first is None:
        return None
    rest = [o for o in options if o and o != first and not (o & first) and min(map(len, o)) >= _MIN_TOKEN]
    rest = [o for o in rest if not (o & _TOO_COMMON_FOR_ALSO)]
    if not rest:
        return None
    return min(rest, key=lambda o: (max(_PENALTY.get(w, 0) for w in o), len(o), sorted(o)))


def needs(pattern: re.Pattern[str]) -> Needs:
    """Whole words and substrings one of which any match of `pattern` contains."""
    return analyse(pattern)[0]


SENTENCE_ENDS = ".!?…\n"


@lru_cache(maxsize=64)
def _category_accepts(cat, ch: str) -> bool:  # type: ignore[no-untyped-def]
    names = {
        C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w",
        C.CATEGORY_NOT_WORD: r"\W", C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D",
    }
    name = names.get(cat)
    return True if name is None else re.fullmatch(name, ch) is not None


_ENDS = frozenset(SENTENCE_ENDS)


def _in_class(av, ch: str) -> bool:  # type: ignore[no-untyped-def]
    code = ord(ch)
    negate = hit = False
    for mop, mav in av:
        if mop is C.NEGATE:
            negate = True
        elif mop is C.LITERAL:
            hit = hit or mav == code
        elif mop is C.RANGE:
            hit = hit or mav[0] <= code <= mav[1]
        elif mop is C.CATEGORY:
            hit = hit or _category_accepts(mav, ch)
        else:
            return True  # unknown member: assume it could
    return hit != negate


def _ends(items) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """Which sentence-ending characters could these items consume?"""
    found: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            found.update(_ENDS & {chr(av)})
        elif op is C.NOT_LITERAL:
            found.update(_ENDS - {chr(av)})
        elif op is C.ANY:
            found.update(_ENDS - {"\n"})
        elif op is C.IN:
            found.update(ch for ch in _ENDS if _in_class(av, ch))
        elif op is C.CATEGORY:
            found.update(ch for ch in _ENDS if _category_accepts(av, ch))
        elif op is C.SUBPATTERN:
            found |= _ends(av[-1].data)
        elif op is C.BRANCH:
            for alt in av[1]:
                found |= _ends(alt.data)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            found |= _ends(av[2].data)
        elif op is C.ATOMIC_GROUP:
            found |= _ends(av.data)
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # zero width: consumes nothing
        else:
            return _ENDS  # anything unexpected: be conservative
        if found == _ENDS:
            break
    return frozenset(found)


def may_cross_sentence(pattern: re.Pattern[str]) -> bool:
    """Could a match run over a sentence end (. ! ? … or a line break)?"""
    return analyse(pattern)[1]
