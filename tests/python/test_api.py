"""The Python API: attribute access, offsets, dict/JSON round trips, errors."""

import json
import pathlib
import pickle

import pytest

import tinbai

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

ARTICLE = (
    "Hai huyện biên giới ký kết hợp tác\n"
    "\n"
    "(Baoquangtri.vn) - Sáng 12/3, tại huyện Hướng Hóa, hai bên đã ký kết biên bản. "
    "Giá trị hỗ trợ hơn 2,5 tỷ đồng.\n"
    "\n"
    "Trần Minh\n"
)


def test_extract_gives_a_document_with_attributes():
    doc = tinbai.extract(ARTICLE)
    assert isinstance(doc, tinbai.Document)
    assert doc.title == "Hai huyện biên giới ký kết hợp tác"
    assert len(doc.lines) == ARTICLE.count("\n") + 1
    assert doc.lines[1] == "blank"
    assert all(isinstance(s, tinbai.Sentence) for s in doc.sentences)
    assert doc.sentences[0].text == doc.title


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_offsets_are_code_points_into_text(path):
    doc = tinbai.extract(path.read_text(encoding="utf-8"))
    assert doc.sentences, "a seed article has sentences"
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
        assert 0 <= s.paragraph < len(doc.paragraphs)
    for e in doc.entities:
        assert doc.text[e.start : e.end] == e.text
    for n in doc.numbers:
        assert doc.text[n.start : n.end] == n.text
    for p in doc.paragraphs:
        assert p.text in doc.text
        assert p.kind in {"title", "lead", "body", "caption"}


def test_seed_first_sentence_is_the_headline():
    doc = tinbai.extract((ROOT / "seeds" / "000_5168cd824a8382ba.txt").read_text(encoding="utf-8"))
    assert doc.sentences[0].text.startswith("Bộ CHQS hai tỉnh Thanh Hóa")
    assert doc.date == "2025-05"


def test_dict_and_json_round_trip():
    doc = tinbai.extract(ARTICLE)
    d = doc.to_dict()
    assert d["schema"] == "tinbai/1"
    assert tinbai.Document.from_dict(d) == doc
    assert tinbai.Document.from_dict(json.loads(doc.to_json())) == doc
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_non_str_input_raises_type_error():
    for bad in (b"bytes", None, 42, ["a"]):
        with pytest.raises(TypeError):
            tinbai.extract(bad)  # type: ignore[arg-type]


def test_bad_option_raises_value_error():
    with pytest.raises(ValueError, match="tone"):
        tinbai.extract("x", tone="old")


def test_lone_surrogate_is_a_value_error_not_a_panic():
    with pytest.raises(ValueError):
        tinbai.extract("abc \ud800 def")


def test_empty_and_odd_inputs_do_not_fail():
    for text in ("", "\n\n", "\ufeff\r\nTiêu đề\r\n", "😀" * 1000, "." * 10000, "ສະບາຍດີ 你好"):
        doc = tinbai.extract(text)
        assert len(doc.lines) == text.count("\n") + 1


def test_new_tone_style_option():
    doc = tinbai.extract("Thanh Hoá và Hủa Phăn\n", tone="new")
    assert doc.text == "Thanh Hóa và Hủa Phăn"


def test_split_sentences_on_plain_text():
    text = "Sáng 5/9/2024, PGS.TS. Lê Văn Hòa đến thăm. Kinh phí 1.218 triệu đồng!\nDòng thứ hai"
    assert tinbai.split_sentences(text) == [
        "Sáng 5/9/2024, PGS.TS. Lê Văn Hòa đến thăm.",
        "Kinh phí 1.218 triệu đồng!",
        "Dòng thứ hai",
    ]
    assert tinbai.split_sentences("") == []
    # Astral characters (a str stored as UCS-4) and ASCII-only text slice at
    # the right code points.
    assert tinbai.split_sentences("Đoàn đến Viêng Chăn 😀 lúc 8 giờ. Hai bên ký kết 🇱🇦. Plain text.") == [
        "Đoàn đến Viêng Chăn 😀 lúc 8 giờ.",
        "Hai bên ký kết 🇱🇦.",
        "Plain text.",
    ]
    assert tinbai.split_sentences("It rained. We stayed.") == ["It rained.", "We stayed."]
    with pytest.raises(TypeError):
        tinbai.split_sentences(b"bytes")  # type: ignore[arg-type]


def test_split_sentences_on_a_large_text_releases_the_gil_and_keeps_offsets():
    line = "Ngày 5/9/1962, hai nước thiết lập quan hệ 😀. Đoàn đến TP. Vinh.\n"
    text = line * 3000  # over 64 KiB of UTF-8: split without the GIL
    assert len(text.encode("utf-8")) > 1 << 16
    out = tinbai.split_sentences(text)
    assert out == ["Ngày 5/9/1962, hai nước thiết lập quan hệ 😀.", "Đoàn đến TP. Vinh."] * 3000
