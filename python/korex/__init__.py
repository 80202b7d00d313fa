"""korex: organizations, people, titles, places, amounts, dates and their relations in
Korean news, from the same Rust core as the `korex` command-line tool.

>>> import korex
>>> extractor = korex.Extractor()          # build once; safe to share across threads
>>> doc = extractor.extract("오픈AI가 산은과 업무협약(MOU)을 체결했다.")
>>> [e.canonical for e in doc.entities if e.type == "ORG"]
['오픈AI', '한국산업은행']
>>> doc.relations[0].type
'mou'

`Extractor.pipe` extracts many texts in parallel with the GIL released; `doc.to_dict()` and
`doc.to_json()` give the JSON contract of the CLI. `korex.spark` holds the Spark recipes.
"""

from ._korex import (
    AmountValue,
    Arg,
    ConfigError,
    DateValue,
    Document,
    Entity,
    ExampleFailure,
    Extractor,
    Mention,
    Pipe,
    Relation,
    Span,
    __version__,
    check_pack,
)

__all__ = [
    "AmountValue",
    "Arg",
    "ConfigError",
    "DateValue",
    "Document",
    "Entity",
    "ExampleFailure",
    "Extractor",
    "Mention",
    "Pipe",
    "Relation",
    "Span",
    "__version__",
    "check_pack",
]
