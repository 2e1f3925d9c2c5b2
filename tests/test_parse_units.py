"""What a multi-volume statement counts: books, volumes or parts (GOST prints "в 2 кн." / "в 2 т.")."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize(
    ("text", "count", "unit"),
    [
        ("Капитанов И. Г. Возмездие (в 2-х кн.). Часть 1. Рига, 1977.", "2", "book"),
        ("Толстой Л. Н. Собрание сочинений : в 22 т. — М. : Художественная литература, 1978.", "22", "volume"),
        ("Иванов И. И. Очерки истории (в 3 ч.). М., 1990.", "3", "part"),
    ],
)
def test_number_of_volumes_keeps_its_unit(text: str, count: str, unit: str) -> None:
    entry = parse_reference(text)
    assert entry.number_of_volumes == count
    assert entry.extra["volumes-unit"] == unit
