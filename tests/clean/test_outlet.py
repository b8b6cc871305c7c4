from __future__ import annotations

import pytest

from newsprism.clean.outlet import outlet_named_in


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["The Orlow Gazette reached out to the ministry for comment."], "The Orlow Gazette"),
        (["Harbour Weekly has contacted the ferry company for a response."], "Harbour Weekly"),
        (["Corvale Radio could not independently verify the claims."], "Corvale Radio"),
        (["© 2024 Tessel News"], "Tessel News"),
        (["He told the Orlow Gazette that he would resign."], None),
        (["Officials could not confirm the figure."], None),
        (["The Orlow Gazette reached out to the ministry for comment.",
          "Harbour Weekly could not verify the figure."], None),
        (["Police contacted the family for comment."], None),
    ],
    ids=["reached-out", "contacted", "could-not-verify", "copyright", "mentioned-only",
         "officials", "two-names-compete", "police"],
)  # fmt: skip
def test_an_outlet_is_taken_only_when_it_names_itself(lines: list[str], outlet: str | None) -> None:
    assert outlet_named_in(lines) == outlet
