"""A small consistent story the render tests share: two outlets, one agreed point, one dispute."""

from __future__ import annotations

from newsprism.model import (
    Article,
    BriefItem,
    Claim,
    Contradiction,
    Entity,
    Group,
    InputReport,
    Mention,
    Number,
    Omission,
    Passage,
    Quote,
    QuoteVariants,
    Removed,
    Reuse,
    Span,
    Story,
)

GAZETTE = (
    "Orrin Velk said the Pellow sluice would close on Monday.\n\n"
    "The river rose two metres overnight. “We will keep the gates shut all week,” Velk said."
)
POST = (
    "The Pellow sluice would close on Monday, Orrin Velk said.\n\n"
    "The river rose three metres. “We will keep the gates shut this week,” Velk said."
)
THIRD = "A tram depot in Marrowby reopened on Friday."


def at(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def claim(cid: str, article: str, text: str, words: str, **kw: object) -> Claim:
    start, end = at(text, words)
    return Claim(id=cid, article=article, start=start, end=end, text=words, **kw)  # type: ignore[arg-type]


def quote(qid: str, article: str, text: str, words: str, **kw: object) -> Quote:
    start, end = at(text, words)
    return Quote(id=qid, article=article, start=start, end=end, text=words, **kw)  # type: ignore[arg-type]


def mentions(article: str, text: str, name: str) -> list[Mention]:
    out, start = [], text.find(name)
    while start >= 0:
        out.append(Mention(article=article, start=start, end=start + len(name)))
        start = text.find(name, start + 1)
    return out


def small_story() -> Story:
    articles = [
        Article(id="a1", path="gazette.txt", source="Marrowby Gazette", published="2025-02-11",
                title="Sluice to close", text=GAZETTE, removed=[Removed(text="Share this story", reason="leftover")]),
        Article(id="a2", path="post.txt", source="Kestrel Post", published="2025-02-12", text=POST),
        Article(id="a3", path="https://depot.example/tram", url="https://depot.example/tram", text=THIRD),
    ]  # fmt: skip
    claims = [
        claim("c1", "a1", GAZETTE, "Orrin Velk said the Pellow sluice would close on Monday.", attribution="said"),
        claim("c2", "a1", GAZETTE, "The river rose two metres overnight.",
              numbers=[Number(text="two metres", value=2, unit="metre")]),
        claim("c3", "a2", POST, "The Pellow sluice would close on Monday, Orrin Velk said.", attribution="said"),
        claim("c4", "a2", POST, "The river rose three metres.",
              numbers=[Number(text="three metres", value=3, unit="metre")]),
        claim("c5", "a3", THIRD, THIRD),
    ]  # fmt: skip
    q1 = quote("q1", "a1", GAZETTE, "We will keep the gates shut all week,", speaker="e1")
    q2 = quote("q2", "a2", POST, "We will keep the gates shut this week,", speaker="e1")
    q3 = quote("q3", "a1", GAZETTE, "the Pellow sluice would close on Monday", kind="indirect")
    d1, d2 = at(GAZETTE, "all"), at(POST, "this")
    entity = Entity(id="e1", name="Orrin Velk", type="PERSON",
                    mentions=mentions("a1", GAZETTE, "Orrin Velk") + mentions("a2", POST, "Orrin Velk"))  # fmt: skip
    return Story(
        articles=articles,
        entities=[entity],
        quotes=[q1, q2, q3],
        claims=claims,
        groups=[
            Group(
                id="g1",
                claims=["c1", "c3"],
                status="corroborated",
                sources=["Marrowby Gazette", "Kestrel Post"],
                independent=["Marrowby Gazette", "Kestrel Post"],
            ),
            Group(
                id="g2",
                claims=["c2", "c4"],
                status="contested",
                sources=["Marrowby Gazette", "Kestrel Post"],
                independent=["Marrowby Gazette", "Kestrel Post"],
            ),
            Group(
                id="g3",
                claims=["c5"],
                status="single_source",
                sources=["depot.example"],
                independent=["depot.example"],
            ),
        ],
        contradictions=[Contradiction(a="c2", b="c4", reason="different figures")],
        reuse=[
            Reuse.model_validate(
                {
                    "from": "a1",
                    "to": "a2",
                    "shared": 0.25,
                    "directed": True,
                    "passages": [
                        Passage(
                            from_start=at(GAZETTE, "the Pellow sluice would close on Monday")[0],
                            from_end=at(GAZETTE, "the Pellow sluice would close on Monday")[1],
                            to_start=0,
                            to_end=len("The Pellow sluice would close on Monday"),
                            kind="paraphrase",
                        )
                    ],
                }
            )
        ],
        quote_variants=[
            QuoteVariants(
                id="v1",
                quotes=["q1", "q2"],
                speaker="e1",
                differences=[
                    Span(article="a1", start=d1[0], end=d1[1], text="all"),
                    Span(article="a2", start=d2[0], end=d2[1], text="this"),
                ],
            )
        ],
        brief=[
            BriefItem(text="Reported independently by Marrowby Gazette and Kestrel Post.", cites=["c1", "c3"])
        ],
        off_story=["a3"],
        omissions=[Omission(article="a3", groups=["g1"])],
        inputs=[
            InputReport(input="gazette.txt", status="ok", article="a1"),
            InputReport(input="post.txt", status="ok", article="a2"),
            InputReport(input="https://depot.example/tram", status="ok", article="a3"),
            InputReport(input="empty.txt", status="skipped", reason="empty file"),
            InputReport(input="https://gone.example/x", status="failed", reason="unreachable"),
        ],
    )
