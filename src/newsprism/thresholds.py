"""The numbers that decide findings, declared once as data.

Each threshold has a name, a default, a help line and its origin: the benchmark and split
it was tuned on (a script in `benchmarks/`), or "judgement: " and the reason where it was
never tuned. They are settings by their bare names (`--set paraphrase=0.7`, a config
file's top level or its `[thresholds]` table), reach the stages through
`Settings.thresholds`, and benchmarks sweep them with `Thresholds(...)` or
`model_copy(update=...)`, never by editing a module.

Sizes of batches and caches, model dimensions and what a stored corpus' vectors and
signatures are (`corpus/vectors.py`, `corpus/near.py`: a corpus made with other values is
refused) are not findings' thresholds and stay in their modules.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


def _origin(text: str) -> dict[str, Any]:
    return {"origin": text}


_NEVER_SWEPT = "set with the compare stage, never swept on a benchmark"


class Thresholds(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)

    # read/: quotes and claims
    quote_gap_words: int = Field(
        25,
        ge=0,
        description="Most words between two quotes for the second to continue the first's speaker.",
        json_schema_extra=_origin('judgement: one cue sentence at most ("Reyn said while ...")'),
    )
    reported_min_chars: int = Field(
        12,
        ge=0,
        description='Fewest characters of a reported clause ("X said that ...") taken as a quote.',
        json_schema_extra=_origin('judgement: a shorter clause is a fragment ("he said so")'),
    )
    pronoun_window: int = Field(
        600,
        ge=0,
        description="Characters back in which a pronoun's antecedent is looked for.",
        json_schema_extra=_origin(
            "judgement: a few paragraphs; came with benchmarks/quotes_ggt.py but was not swept on it"
        ),
    )
    claim_min_words: int = Field(
        4,
        ge=1,
        description="Fewest words (punctuation aside) of a claim, or of each clause a sentence is split into.",
        json_schema_extra=_origin("judgement: shorter sentences and clauses assert too little to compare"),
    )
    claim_quoted_share: float = Field(
        0.5,
        ge=0,
        le=1,
        description="Share of a sentence inside a direct quote at which it is that quote and its cue, not a claim.",
        json_schema_extra=_origin("judgement: a sentence half inside a quote is mostly the speaker's words"),
    )
    title_case_share: float = Field(
        0.8,
        ge=0,
        le=1,
        description="Share of the longer words (four letters or more) capitalised at which a text is in "
        "title case: a headline's or a work's title, whose capitals are not names.",
        json_schema_extra=_origin(
            'judgement: a headline ("Fire Destroys Mill in Osk") reaches it, a sentence with names '
            '("Crews reached Osk by Friday") does not; one value for quotes and claim names, '
            "where quotes tested 0.6 of all words before; the same decisions on the example and test stories"
        ),
    )
    # compare/: off-story articles
    same_story: float = Field(
        0.5,
        ge=0,
        le=1,
        description="Cosine of two articles' mean claim vectors at which they tell one story, when they "
        "name an entity in common.",
        json_schema_extra=_origin(
            "benchmarks/off_story_ecbplus.py, ECB+ dev split: the cut-off with no story split and every "
            "unrelated distractor found; reported on test"
        ),
    )
    same_story_unnamed: float = Field(
        0.7,
        ge=0,
        le=1,
        description="Cosine at which two articles that name no entity in common tell one story.",
        json_schema_extra=_origin(
            "judgement: well above same_story, so that another event of the same kind is not linked; "
            "benchmarks/off_story_ecbplus.py sweeps same_story only"
        ),
    )
    # compare/: reuse
    shingle_words: int = Field(
        8,
        ge=1,
        description="Words in a shingle; a verbatim passage is a run of shared shingles.",
        json_schema_extra=_origin("judgement: a shared phrase of a few words is not reuse"),
    )
    copied_words: int = Field(
        12,
        ge=1,
        description="Words copied word for word that make a pair of articles a case of reuse.",
        json_schema_extra=_origin("judgement: about a sentence copied; " + _NEVER_SWEPT),
    )
    paraphrase: float = Field(
        0.6,
        ge=0,
        le=1,
        description="Paraphrase score (the mean of the cosine and the words' Dice overlap) at which two "
        "claims say the same thing: rewritten reuse, and links within and across articles in groups.",
        json_schema_extra=_origin(
            "benchmarks/paraphrase_msrp.py, MSRP train split: the best accuracy on the 4,076 training "
            "pairs; reported on the 1,725 test pairs"
        ),
    )
    paraphrase_candidate: float = Field(
        0.4,
        ge=0,
        le=1,
        description="Cosine below which a pair of claims is not scored as a paraphrase.",
        json_schema_extra=_origin(
            "judgement: below it a pair reaches paraphrase (0.6) only with a word overlap above 0.8, "
            "which the verbatim passages find; it spares scoring every pair"
        ),
    )
    rewritten_share: float = Field(
        0.5,
        ge=0,
        le=1,
        description="Share of the later article's claims, exceeded by its rewritten claims (two at least), "
        "that makes it a rewrite of the earlier.",
        json_schema_extra=_origin(
            "judgement: a rewrite is mostly made of its source; independent reports of one event "
            "state only some of the same facts in similar words"
        ),
    )
    shared_quote_share: float = Field(
        0.8,
        ge=0,
        le=1,
        description="Share of a passage or claim inside quotation marks, in both articles, at which it is "
        "a shared quote and not reuse.",
        json_schema_extra=_origin("judgement: two reporters quoting one speaker have not copied each other"),
    )
    # compare/: groups
    fair_match: float = Field(
        0.6,
        ge=0,
        le=2,
        description="Similarity (cosine plus the entity and number bonuses) at which two claims of different "
        "articles, each the other's best match, are linked in a group.",
        json_schema_extra=_origin("judgement: " + _NEVER_SWEPT),
    )
    rewrite_match: float = Field(
        0.45,
        ge=0,
        le=2,
        description="Similarity at which a claim of an article made mostly of another's text (reuse, "
        "rewritten_share) and its best match there, each the other's, are linked: the rewrite keeps the facts "
        "and changes the words.",
        json_schema_extra=_origin(
            "judgement: between paraphrase_candidate and fair_match, since the reuse already shows where the "
            "words came from; " + _NEVER_SWEPT
        ),
    )
    figure_match: float = Field(
        0.45,
        ge=0,
        le=2,
        description="Cosine plus the bonus for a figure in common (number_weight) at which two claims of "
        "different articles that give the same figure for one measured quantity at one time are linked, best "
        "matches or not; and a claim giving one side's figure of a conflict over figures conflicts with the "
        "other side.",
        json_schema_extra=_origin(
            "judgement: the same bar as rewrite_match, since a figure that specific, of one measure, shows "
            "what the words do not; " + _NEVER_SWEPT
        ),
    )
    entity_weight: float = Field(
        0.2,
        ge=0,
        le=1,
        description="Weight of the rarity-weighted share of entities two claims both name, added to their cosine.",
        json_schema_extra=_origin(
            "judgement: small beside the cosine, so that shared names tip close pairs only; " + _NEVER_SWEPT
        ),
    )
    number_weight: float = Field(
        0.1,
        ge=0,
        le=1,
        description="Bonus for a figure two claims both give (minus it for a kind of figure only one gives).",
        json_schema_extra=_origin(
            "judgement: half the entity weight, a figure alone says less than the names; " + _NEVER_SWEPT
        ),
    )
    republication_share: float = Field(
        0.5,
        ge=0,
        le=1,
        description="Share of an article reused from another at which the two count as one outlet everywhere.",
        json_schema_extra=_origin("judgement: an article half made of another's text is a re-publication"),
    )
    inside_passage_share: float = Field(
        0.5,
        ge=0,
        le=1,
        description="Share of a claim inside a passage its article shares with another at which the two "
        "articles count as one outlet for that claim's group.",
        json_schema_extra=_origin("judgement: a claim mostly inside a copied passage is the copy's"),
    )
    # compare/: contradictions
    same_topic: float = Field(
        0.5,
        ge=0,
        le=1,
        description="Cosine at which two claims are about the same thing and may contradict each other.",
        json_schema_extra=_origin(
            "judgement: " + _NEVER_SWEPT + " (benchmarks/stance_fnc1.py tunes its own cut-offs, not this one)"
        ),
    )
    frame_topic: float = Field(
        0.45,
        ge=0,
        le=1,
        description="Cosine at which two claims whose frames affirm and deny one predicate "
        "(`contradictions.affirmed_and_denied`) may contradict each other, below same_topic: the frames show "
        "they speak of one point.",
        json_schema_extra=_origin(
            "judgement: rewrite_match's bar, another place where evidence beyond the wording lowers it; "
            + _NEVER_SWEPT
        ),
    )
    same_statement: float = Field(
        0.7,
        ge=0,
        le=1,
        description="Cosine at which two claims are close enough to be one statement: different figures "
        "or opposite predicates contradict, and the stance model is asked.",
        json_schema_extra=_origin("judgement: " + _NEVER_SWEPT),
    )
    figure_tolerance: float = Field(
        0.05,
        ge=0,
        le=1,
        description='Relative distance within which an approximate figure ("about 1,200") agrees with another.',
        json_schema_extra=_origin('judgement: "about 1,200" stands for 1,140 to 1,260'),
    )
    judged_pairs: int = Field(
        500,
        ge=0,
        description="Most claim pairs put to the stance model in one story, most similar first.",
        json_schema_extra=_origin("judgement: bounds the stance model's time on a large story"),
    )
    relation_conflicting: float = Field(
        0.9,
        ge=0,
        le=1,
        description="Probability of conflicting at which the relation model, when it judges "
        "(setting relation_judge), takes a pair for a contradiction.",
        json_schema_extra=_origin(
            "judgement: a contradiction costs a reader more than a miss, so only the model's surest "
            "readings; not tuned on any story or test split"
        ),
    )
    same_fact_slope: float = Field(
        9.05,
        description="Slope of the logistic curve that turns a pair's paraphrase score into the "
        "probability that both state the same fact (compare/confidence.py).",
        json_schema_extra=_origin(
            "benchmarks/paraphrase_msrp.py: logistic fit of the 4,076 MSRP training pairs' labels "
            "on the paraphrase score; its calibration is reported on the 1,725 test pairs"
        ),
    )
    same_fact_offset: float = Field(
        -5.70,
        description="Offset of that logistic curve (the probability is 1 / (1 + exp(-(slope * score + "
        "offset)))).",
        json_schema_extra=_origin("benchmarks/paraphrase_msrp.py, with same_fact_slope"),
    )
    finding_confidence: float = Field(
        0.5,
        ge=0,
        le=1,
        description="Confidence (compare/confidence.py) under which a group, contradiction or reuse "
        "is uncertain: shown as uncertain in the report, left out of the brief (a contested point "
        "stays there, worded as uncertain).",
        json_schema_extra=_origin(
            "judgement: even odds, a finding more likely wrong than right is not asserted; the "
            "probabilities are calibrated on MSRP (benchmarks/paraphrase_msrp.py reports how well)"
        ),
    )
    polarity_window: int = Field(
        4,
        ge=0,
        description="Words before a predicate in which a negator or an against word applies to it.",
        json_schema_extra=_origin('judgement: a short clause ("did not at first agree")'),
    )
    polarity_gap: int = Field(
        2,
        ge=0,
        description='Words allowed inside a predicate of several words ("pull the troops back").',
        json_schema_extra=_origin("judgement: an article and a noun, at most"),
    )
    # compare/: quote drift
    same_quote: float = Field(
        0.6,
        ge=0,
        le=1,
        description="Share of the longer quote's words the same and in order at which two quotes of "
        "different articles are versions of one.",
        json_schema_extra=_origin("judgement: most of the words the same; " + _NEVER_SWEPT),
    )
    drift_min_words: int = Field(
        4,
        ge=1,
        description="Fewest words of a quote compared for drift.",
        json_schema_extra=_origin('judgement: shorter quotes ("a tragedy") match by chance'),
    )
    # corpus/: story clustering
    join: float = Field(
        0.25,
        ge=0,
        le=2,
        description="Score (centroid cosine plus names_weight times the names' Jaccard) at which an article "
        "joins a story; two parts of a story below it split.",
        json_schema_extra=_origin(
            "benchmarks/clustering.py --sweep, ECB+ dev split and AllSides' even-numbered stories: the best "
            "mean B-cubed F1 of the grid; reported on ECB+ test and the odd-numbered stories"
        ),
    )
    names_weight: float = Field(
        0.25,
        ge=0,
        le=1,
        description="Weight of the share of lead names an article and a story have in common.",
        json_schema_extra=_origin(
            "benchmarks/clustering.py --sweep, ECB+ dev split and AllSides' even-numbered stories: "
            "swept with join (0, 0.25, 0.5)"
        ),
    )
    merge_margin: float = Field(
        0.3,
        ge=0,
        le=1,
        description="How far above join two stories an article reaches must score against each other to merge.",
        json_schema_extra=_origin("judgement: looser merges chained stories together"),
    )
    window_days: int = Field(
        7,
        ge=0,
        description="Days outside a dated story's span within which a dated article may still join it.",
        json_schema_extra=_origin("judgement: a week, the life of most news stories"),
    )
    split_from: int = Field(
        4,
        ge=2,
        description="Articles at which a story is first looked at whole for a split (then at each doubling).",
        json_schema_extra=_origin("judgement: the fewest articles that can split into two parts of two"),
    )


DEFAULTS = Thresholds()
"""The thresholds as tuned: the default of the stages' `thresholds` arguments."""


def origin(name: str) -> str:
    """How the threshold `name` was chosen."""
    extra = Thresholds.model_fields[name].json_schema_extra
    return str(extra["origin"]) if isinstance(extra, dict) else ""


def thresholds_table() -> list[tuple[str, str, str, str]]:
    """(name, default, help, origin) for every threshold, in declaration order."""
    return [
        (name, repr(field.default), field.description or "", origin(name))
        for name, field in Thresholds.model_fields.items()
    ]
