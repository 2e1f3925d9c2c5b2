"""ISBN: finding, validation, conversion, ranges, corrections, and the isbn command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import exceptions as stdnum_exceptions

from biblio import isbn

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "biblio", *args], capture_output=True, text=True, cwd=ROOT)


# --- finding ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riga 2006 ISBN 9984-643-78-6", ["9984643786"]),
        ("ISBN: 978-1138612945", ["9781138612945"]),
        ("ISBN\u00a09984-643-78-6", ["9984643786"]),  # non-breaking space after the label
        ("isbn 5-02-003102-x.", ["502003102X"]),  # lowercase x, sentence full stop after
        ("ISBN-13: 978-5-02-003456-3", ["9785020034563"]),
        ("ISBN 10: 5020034568", ["5020034568"]),
        ("ISBN 978 5 02 003456 3", ["9785020034563"]),  # spaces as separators
        ("ISBN 5\u201102\u2011003456\u20118", ["5020034568"]),  # non-breaking hyphens
        ("ISBN 5-02-003456-8 (т. 1), 5-02-003102-X (общ.)", ["5020034568", "502003102X"]),
        ("ISBN 5-02-003456-8; ISBN 978-9984-643-78-6", ["5020034568", "9789984643786"]),
        ("ISBN 5-02-003456-8 ISBN 978-9984-643-78-6", ["5020034568", "9789984643786"]),
        ("M., 1999. 978-5-02-003456-3", ["9785020034563"]),  # unlabelled but a valid ISBN-13
    ],
)
def test_find_isbns(text: str, expected: list[str]) -> None:
    assert [m.number for m in isbn.find_isbns(text)] == expected


def test_find_keeps_positions_and_labelled_flag() -> None:
    text = "Strods. Riga 2006 ISBN 9984-643-78-6 Summary in English, p. 384"
    (match,) = isbn.find_isbns(text)
    assert match.span.slice(text) == "9984-643-78-6" == match.text
    assert match.labelled
    (bare,) = isbn.find_isbns("Rīga 978-5-02-003456-3")
    assert not bare.labelled


def test_labelled_invalid_numbers_are_found_to_be_reported() -> None:
    assert [m.number for m in isbn.find_isbns("ISBN 5-02-003456-7")] == ["5020034567"]
    assert [m.number for m in isbn.find_isbns("ISBN 5-02-0034")] == ["5020034"]


@pytest.mark.parametrize(
    "text",
    [
        "(1941—1945). I daļa. Riga 2006",  # years and ranges
        "ISSN 0132-6406",  # another identifier
        "ISMN 979-0-2600-0043-8",  # a music number in the 979-0 block
        "tel. 371-67-123456, fax 371 6712 3456",
        "pp. 96–119, 1234567890",  # ten digits, no label: not claimed
        "978-5-02-003456-2 copies",  # 978-shaped but a wrong check digit and no label
        "ст.872-880; стр.590-630",
    ],
)
def test_isbn_like_numbers_are_not_isbns(text: str) -> None:
    assert isbn.find_isbns(text) == []


def test_run_on_digits_after_label_cut_at_a_valid_length() -> None:
    # "ISBN 5 02 003456 8 1999": the year must not be read into the number.
    (match,) = isbn.find_isbns("ISBN 5 02 003456 8 1999")
    assert match.number == "5020034568"


# --- validation ------------------------------------------------------------------


def test_compact_and_validate() -> None:
    assert isbn.compact(" ISBN: 978–5–02–003456–3 ") == "9785020034563"
    assert isbn.validate("9984-643-78-6") == "9984643786"
    assert isbn.is_valid("502003102x")


@pytest.mark.parametrize(
    ("number", "error"),
    [
        ("998464378", isbn.InvalidLength),
        ("99846437866", isbn.InvalidLength),
        ("99846A3786", isbn.InvalidFormat),
        ("978502003456X", isbn.InvalidFormat),  # X only ends an ISBN-10
        ("9775020034563", isbn.InvalidComponent),
        ("9984643785", isbn.InvalidChecksum),
    ],
)
def test_validate_raises_typed_errors(number: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        isbn.validate(number)
    with pytest.raises(stdnum_exceptions.ValidationError):  # stdnum's hierarchy holds
        isbn.validate(number)
    assert not isbn.is_valid(number)


def test_bad_checksum_names_the_implied_check_digit() -> None:
    with pytest.raises(isbn.InvalidChecksum) as info:
        isbn.validate("978-9984-643-78-1")
    assert info.value.expected == "6"
    assert info.value.found == "1"
    assert "implies 6" in str(info.value)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_check_digits_agree_with_stdnum(body: str) -> None:
    from stdnum import ean
    from stdnum import isbn as stdnum_isbn

    assert isbn.calc_check_digit(body) == ean.calc_check_digit(body)
    assert isbn.is_valid(body[:9] + isbn.calc_check_digit(body[:9])) == stdnum_isbn.is_valid(
        body[:9] + isbn.calc_check_digit(body[:9])
    )


def test_check_digit_x() -> None:
    assert isbn.calc_check_digit("502003102") == "X"


# --- conversion ------------------------------------------------------------------


def test_isbn10_to_13_and_back_recomputes_check_digit() -> None:
    assert isbn.to_isbn13("9984-643-78-6") == "9789984643786"
    assert isbn.to_isbn13("502003102X") == "9785020031029"
    assert isbn.to_isbn10("9785020031029") == "502003102X"


def test_979_has_no_isbn10() -> None:
    assert isbn.is_valid("979-10-90636-07-1")
    with pytest.raises(isbn.InvalidComponent):
        isbn.to_isbn10("979-10-90636-07-1")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_conversion_round_trip(body: str) -> None:
    number10 = body + isbn.calc_check_digit(body)
    number13 = isbn.to_isbn13(number10)
    assert isbn.is_valid(number13)
    assert isbn.to_isbn10(number13) == number10


# --- ranges ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "hyphenated"),
    [
        ("9984643786", "9984-643-78-6"),
        ("9781138612945", "978-1-138-61294-5"),
        ("9785020034563", "978-5-02-003456-3"),
        ("9791090636071", "979-10-90636-07-1"),
    ],
)
def test_hyphenate_by_official_ranges(number: str, hyphenated: str) -> None:
    assert isbn.hyphenate(number) == hyphenated


@pytest.mark.parametrize(
    ("number", "agency"),
    [("9984643786", "Latvia"), ("5020034568", "former U.S.S.R"), ("9781138612945", "English language")],
)
def test_registration_group_names(number: str, agency: str) -> None:
    assert isbn.agency(number) == agency


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["978", "979", "9785", "9789984", "9780", "9781", "97880", "97910", "9798", "97899998"]),
    st.text(alphabet="0123456789", min_size=12, max_size=12),
)
def test_split_agrees_with_stdnum_also_from_remembered_prefixes(start: str, digits: str) -> None:
    from stdnum import isbn as stdnum_isbn

    body = (start + digits)[:12]
    number = body + isbn.calc_check_digit(body)
    for _ in range(2):  # the second time answers from the remembered prefix
        try:
            ours = isbn.format(number)
        except isbn.UnassignedRange:
            assert len([p for p in stdnum_isbn.split(number) if p]) < 5  # stdnum cannot split it either
        else:
            assert ours == stdnum_isbn.format(number)


def test_wrong_and_partial_hyphenation() -> None:
    assert isbn.wrong_hyphenation("9984-643-78-6") is None
    assert isbn.wrong_hyphenation("978-1138612945") is None  # incomplete, not wrong
    assert isbn.wrong_hyphenation("9789984643786") is None
    assert isbn.wrong_hyphenation("998-4643-78-6") == "9984-643-78-6"
    assert isbn.wrong_hyphenation("ISBN 978-99846-43-78-6") == "978-9984-643-78-6"


def test_unassigned_ranges_are_flagged() -> None:
    number = "978699999999"  # 978-69… lies between the assigned groups 65 and 7
    number += isbn.calc_check_digit(number)
    assert isbn.is_valid(number)  # the digits are fine …
    assert not isbn.is_valid(number, check_ranges=True)  # … the range is not assigned
    with pytest.raises(isbn.UnassignedRange, match="not assigned"):
        isbn.split(number)
    report = isbn.inspect(number)
    assert not report.valid and report.error == "unassigned"


def test_unassigned_registrant_inside_an_assigned_group() -> None:
    # Namibia (978-99998) has only the registrant range 80-89 assigned.
    body = "97899998" + "1234"
    number = body + isbn.calc_check_digit(body)
    with pytest.raises(isbn.UnassignedRange, match="registrant"):
        isbn.split(number)


# --- corrections -----------------------------------------------------------------


def test_suggestions_fix_transposition_and_single_digit() -> None:
    assert "9984643786" in isbn.suggestions("9984-643-87-6")  # 78 ↔ 87
    assert "9785020034563" in isbn.suggestions("978-5-02-003456-2")  # one wrong digit


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="0123456789", min_size=9, max_size=9), st.integers(0, 8))
def test_suggestions_always_contain_the_swapped_back_original(body: str, i: int) -> None:
    original = body + isbn.calc_check_digit(body)
    if not isbn.is_valid(original, check_ranges=True) or original[i] == original[i + 1]:
        return
    swapped = original[:i] + original[i + 1] + original[i] + original[i + 2 :]
    if isbn.is_valid(swapped):
        return  # the swap happens to keep the checksum: nothing to correct
    candidates = isbn.suggestions(swapped)
    assert original in candidates
    assert all(isbn.is_valid(c, check_ranges=True) for c in candidates)


# --- inspect and the command -------------------------------------------------------


def test_inspect_valid_with_wrong_hyphenation() -> None:
    report = isbn.inspect("ISBN 99-84643-786")
    assert report.valid
    assert (report.isbn10, report.isbn13, report.hyphenated) == ("9984643786", "9789984643786", "9984-643-78-6")
    assert report.agency == "Latvia" and report.group == "9984"
    assert report.hyphenation_wrong


class _Forgetful(dict[str, object]):
    """A memo that never remembers, so every range look-up reaches stdnum."""

    def __setitem__(self, key: str, value: object) -> None:
        pass


@pytest.mark.parametrize("memo", [dict, _Forgetful])
@pytest.mark.parametrize(
    ("number", "isbn10", "isbn13", "hyphenated", "agency", "check_digits"),
    [  # check digits: one to validate, one per other form (a 979 number has none)
        ("ISBN 9984-643-78-6", "9984643786", "9789984643786", "9984-643-78-6", "Latvia", 2),
        ("978-5-02-003456-3", "5020034568", "9785020034563", "978-5-02-003456-3", "former U.S.S.R", 2),
        ("979-10-90636-07-1", "", "9791090636071", "979-10-90636-07-1", "France", 1),
    ],
)
def test_inspect_converts_and_looks_up_each_number_once(
    monkeypatch: pytest.MonkeyPatch,
    memo: type,
    number: str,
    isbn10: str,
    isbn13: str,
    hyphenated: str,
    agency: str,
    check_digits: int,
) -> None:
    from stdnum import numdb

    calls = {"ranges": 0, "check digits": 0}

    def counting(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            calls[name] += 1
            return real(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(isbn, "_KNOWN_SPLITS", memo())
    ranges = numdb.get("isbn")
    monkeypatch.setattr(ranges, "info", counting("ranges", ranges.info))
    monkeypatch.setattr(isbn, "calc_check_digit", counting("check digits", isbn.calc_check_digit))
    report = isbn.inspect(number)
    assert (report.valid, report.isbn10, report.isbn13, report.hyphenated, report.agency) == (
        True, isbn10, isbn13, hyphenated, agency,
    )
    assert calls["ranges"] == 1  # the stdnum range look-up, the main cost of `check`
    assert calls["check digits"] == check_digits


def test_command_text_output() -> None:
    result = run("isbn", "9984-643-78-6", "978-1138612945")
    assert result.returncode == 0, result.stderr
    assert "978-9984-643-78-6" in result.stdout
    assert "Latvia" in result.stdout
    assert "978-1-138-61294-5" in result.stdout


def test_command_exit_1_and_json_on_invalid() -> None:
    result = run("isbn", "--json", "9984-643-78-6", "9984-643-87-6")
    assert result.returncode == 1
    items = json.loads(result.stdout)
    assert [i["valid"] for i in items] == [True, False]
    assert items[1]["error"] == "checksum" and items[1]["implied_check_digit"] == "5"
    assert "9984643786" in items[1]["suggestions"]


def test_command_without_numbers_is_a_usage_error() -> None:
    assert run("isbn").returncode == 2
