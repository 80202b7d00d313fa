"""Type stubs of the Rust extension module `korex._korex` (re-exported by `korex`)."""

import datetime
import decimal
import os
from typing import Any, Iterable, Iterator, Literal, TypeVar, final, overload

__version__: str
__all__ = [
    "__version__",
    "AmountValue", "Arg", "ConfigError", "DateValue", "Document", "Entity", "ExampleFailure",
    "Extractor", "Mention", "Pipe", "Relation", "Span", "check_pack",
]

_Path = str | os.PathLike[str]
_Date = str | datetime.date
_Id = str | int | None
_C = TypeVar("_C")

_EntityType = Literal["ORG", "PERSON", "TITLE", "LOCATION", "EVENT", "AMOUNT", "DATE"]

class ConfigError(ValueError):
    """A dictionary, rule pack or option korex cannot use.

    `str(err)` is `file:line: message`.
    """

    file: str | None
    """The file or source name the error is about, or None."""
    line: int | None
    """The 1-based line, or None."""
    message: str
    """The problem, without the place."""

@final
class Mention:
    """One place in the input that names an entity: `text == input[char_start:char_end]`."""

    @property
    def text(self) -> str:
        """The mention as written, without the particle (`오픈AI가` → `오픈AI`)."""
    @property
    def start(self) -> int:
        """UTF-8 byte offset into the input."""
    @property
    def end(self) -> int:
        """UTF-8 byte offset into the input, exclusive."""
    @property
    def char_start(self) -> int:
        """Python string index into the input."""
    @property
    def char_end(self) -> int:
        """Python string index into the input, exclusive."""
    @property
    def source(self) -> str:
        """`dictionary`, `amount`, `date`, `pattern` or `coreference`."""

@final
class AmountValue:
    """Money, as in the JSON contract's AMOUNT value."""

    @property
    def number(self) -> int | decimal.Decimal:
        """The amount, exact: an int when whole (at any size), else a Decimal."""
    @property
    def currency(self) -> str:
        """ISO 4217 code (`KRW`, `USD` …)."""
    @property
    def qualifier(self) -> Literal["exact", "approx", "at_least", "more_than", "at_most", "less_than"]:
        """How the text qualifies the amount."""
    @property
    def max(self) -> int | decimal.Decimal | None:
        """The upper bound of a range, or None."""

@final
class DateValue:
    """A date, as in the JSON contract's DATE value."""

    @property
    def date(self) -> str | None:
        """ISO 8601 cut to its grain (`2024-11-26`, `2024-10`, `2024`), or None when unresolved."""
    @property
    def grain(self) -> Literal["year", "half", "quarter", "month", "week", "day", "hour", "minute", "second"]:
        """The precision of the date."""
    @property
    def unresolved(self) -> str | None:
        """The text of a relative date that had no reference date, else None."""

@final
class Entity:
    """One real-world thing, with every place the text names it."""

    @property
    def id(self) -> str:
        """`e0`, `e1` … unique within the document."""
    @property
    def type(self) -> _EntityType:
        """The entity type."""
    @property
    def canonical(self) -> str:
        """The canonical name (names) or normalized value (amounts, dates)."""
    @property
    def value(self) -> AmountValue | DateValue | None:
        """The value of an AMOUNT or DATE; None for names."""
    @property
    def mentions(self) -> tuple[Mention, ...]:
        """Every mention, in document order."""

@final
class Arg:
    """One argument of a relation: an entity id, or free text for text roles (`what`)."""

    @property
    def role(self) -> str:
        """The role (`party`, `visitor`, `date` …)."""
    @property
    def entity(self) -> str | None:
        """The entity id, for entity roles (look it up with `Document.entity`)."""
    @property
    def text(self) -> str | None:
        """The text, for free-text roles."""

@final
class Span:
    """A span of the input, in UTF-8 bytes and in Python string indices."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def char_start(self) -> int: ...
    @property
    def char_end(self) -> int: ...

@final
class Relation:
    """A relation between entities, found by a rule."""

    @property
    def type(self) -> str:
        """`mou`, `visit`, `meeting`, `attendance`, `investment`, `funding`, `lease`,
        `establishment`, `position`, or a type of your rule pack."""
    @property
    def args(self) -> tuple[Arg, ...]:
        """The arguments, in the rule's role order."""
    @property
    def evidence(self) -> Span:
        """The text span the relation was read from."""
    @property
    def rule(self) -> str:
        """The id of the rule that found it."""

@final
class Document:
    """Everything korex found in one text."""

    @property
    def id(self) -> str | int | None:
        """The id given to `extract`, or None."""
    @property
    def reference_date(self) -> str | None:
        """The date relative dates were resolved against (`YYYY-MM-DD`), or None."""
    @property
    def entities(self) -> tuple[Entity, ...]:
        """The entities, in order of their first mention (built on each read: keep it)."""
    @property
    def relations(self) -> tuple[Relation, ...]:
        """The relations between the entities (built on each read: keep it)."""
    def entity(self, id: str) -> Entity | None:
        """The entity with this id (`"e0"` …), or None."""
    def to_json(self) -> str:
        """The JSON contract of `korex extract --format jsonl`, one line."""
    @staticmethod
    def from_json(json: str) -> Document:
        """Reads a document back from the JSON contract (`to_json`, a CLI output line);
        documents pickle this way."""
    def to_dict(self) -> dict[str, Any]:
        """The JSON contract as a dict (`json.loads(doc.to_json())`)."""

@final
class ExampleFailure:
    """A rule-pack example that did not give what it expects; `str()` is the CLI's report."""

    @property
    def pack(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def rule(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def expected(self) -> list[str]: ...
    @property
    def found(self) -> list[str]: ...

@final
class Pipe(Iterator[Any]):
    """The iterator `Extractor.pipe` returns."""

    def __iter__(self) -> Pipe: ...
    def __next__(self) -> Any: ...

@final
class Extractor:
    """Finds entities and relations in Korean news text.

    Build it once (it compiles every dictionary surface into one automaton, tens of
    milliseconds) and share it: it is safe to use from many threads at once, and
    `extract`, `pipe` and `explain` release the GIL while Rust works.

    Raises `ConfigError` (with `file` and `line`) for a bad dictionary or rule pack.
    """

    def __new__(
        cls,
        dictionaries: Iterable[_Path] | None = None,
        rule_packs: Iterable[_Path] | None = None,
        default_dictionaries: bool = True,
        default_rules: bool = True,
        reference_date: _Date | None = None,
    ) -> Extractor: ...
    def extract(self, text: str, id: _Id = None, reference_date: _Date | None = None) -> Document:
        """Extracts from one text; `reference_date` overrides the extractor's for this call."""
    @overload
    def pipe(
        self,
        texts: Iterable[str],
        *,
        as_tuples: Literal[False] = False,
        batch_size: int = 256,
        n_threads: int | None = None,
    ) -> Iterator[Document]: ...
    @overload
    def pipe(
        self,
        texts: Iterable[tuple[str, _C]],
        *,
        as_tuples: Literal[True],
        batch_size: int = 256,
        n_threads: int | None = None,
    ) -> Iterator[tuple[Document, _C]]: ...
    def explain(self, text: str, reference_date: _Date | None = None) -> str:
        """The entities found and, for every rule whose trigger occurs, whether it fired or
        which argument was missing (the report of `korex explain`)."""
    def check_pack(self, path: _Path) -> list[ExampleFailure]:
        """Runs a rule pack's examples with this extractor's dictionaries and rules, the pack
        in place of a loaded one with the same rules."""

def check_pack(path: _Path) -> list[ExampleFailure]:
    """Runs a rule pack's examples with the default dictionaries and rule packs, the pack in
    place of a default one with the same rules; an empty list when every example gives what
    it expects."""
