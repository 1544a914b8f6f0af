"""Hostile inputs through the Python API: clear TypeError/ValueError for bad
arguments, sensible documents for odd text, and never a PanicException
(pyo3_runtime.PanicException derives from BaseException, so a panic would
slip past `except Exception`: every call here is checked for it)."""

import pathlib
import unicodedata

import pytest

import tinbai

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")


def no_panic(fn, *args, **kwargs):
    """Calls fn; a Rust panic (any BaseException that is not an Exception) fails the test."""
    try:
        return fn(*args, **kwargs)
    except Exception:
        raise
    except BaseException as e:  # PanicException, not KeyboardInterrupt in practice
        pytest.fail("Rust panicked: %s: %s" % (type(e).__name__, e))


def check(text, doc):
    """The invariants a document keeps, seen from Python (code-point offsets)."""
    assert len(doc.lines) == len(text.split("\n"))
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= len(doc.text)
        assert doc.text[s.start : s.end] == s.text
    for item in list(doc.entities) + list(doc.numbers):
        assert doc.text[item.start : item.end] == item.text
    assert "\x00" not in doc.text and "\ufeff" not in doc.text and "\r" not in doc.text
    assert unicodedata.normalize("NFC", doc.text) == doc.text


# --- bad arguments: TypeError / ValueError with a message that says what is wrong


@pytest.mark.parametrize("bad", [b"bytes", bytearray(b"x"), None, 42, 4.2, ["a"], ("a",), {"text": "a"}, object()])
def test_non_str_text_is_a_type_error_naming_the_type(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        no_panic(tinbai.extract, bad)


def test_str_subclass_is_accepted():
    class S(str):
        pass

    doc = no_panic(tinbai.extract, S("Tiêu đề\n\nMột câu."))
    assert doc.title == "Tiêu đề"


@pytest.mark.parametrize("text", ["\ud800", "abc \udfff def", "Tiêu đề\n\n\udc80 câu", "\ud83d\ude00"])
def test_lone_surrogates_are_a_value_error(text):
    with pytest.raises(ValueError, match="surrogate"):
        no_panic(tinbai.extract, text)


def test_lone_surrogate_in_a_batch_names_its_index():
    with pytest.raises(ValueError, match=r"texts\[2\]"):
        no_panic(tinbai.extract_many, ["a", "b", "c \ud800"])


def test_non_str_in_a_batch_is_a_type_error_naming_its_index():
    with pytest.raises(TypeError, match=r"texts\[1\].*int"):
        no_panic(tinbai.extract_many, ["a", 5, "c"])
    with pytest.raises(TypeError, match=r"texts\[0\].*bytes"):
        no_panic(tinbai.extract_many, (t for t in [b"a"]))


def test_a_single_str_is_not_a_batch():
    with pytest.raises(TypeError, match="single str"):
        no_panic(tinbai.extract_many, "một bài báo")


def test_non_iterable_batch_is_a_type_error():
    for bad in (None, 5, object()):
        with pytest.raises(TypeError):
            no_panic(tinbai.extract_many, bad)


@pytest.mark.parametrize("threads", [0, -1, -(2**40)])
def test_non_positive_threads_is_a_value_error(threads):
    with pytest.raises(ValueError, match="threads"):
        no_panic(tinbai.extract_many, ["a"], threads)


@pytest.mark.parametrize("threads", ["2", 2.5, [2]])
def test_non_int_threads_is_a_type_error(threads):
    with pytest.raises(TypeError):
        no_panic(tinbai.extract_many, ["a"], threads)


def test_huge_thread_count_is_capped_or_refused_without_a_panic():
    try:
        docs = no_panic(tinbai.extract_many, ["Một.", "Hai."], 2**40)
    except (ValueError, OverflowError):
        return
    assert [d.text for d in docs] == ["Một.", "Hai."]


@pytest.mark.parametrize("tone", ["old", "", "NEW", None, 1])
def test_bad_tone_is_a_clear_error(tone):
    with pytest.raises((ValueError, TypeError), match="tone|str|NoneType|int"):
        no_panic(tinbai.extract, "x", tone=tone)


def test_unknown_keyword_is_a_type_error():
    with pytest.raises(TypeError):
        no_panic(tinbai.extract, "x", colour="red")


# --- odd text: a sensible document


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n" * 1000,
        "\x00",
        "Tiêu\x00 đề\x07\n\nNội\x1b dung\x7f.",
        "\ufeff" + SEED,
        SEED.replace("\n", "\r\n"),
        SEED.replace("\n", "\r"),
        unicodedata.normalize("NFD", SEED),
        "." * 100_000,
        "7" * 100_000,
        "(" * 10_000 + "Bộ Quốc phòng." + ")" * 10_000,
        "“" * 10_000 + "Hai bên ký kết." + "”" * 10_000,
        "Viêng Chăn (ວຽງຈັນ) 北京 مصر 🎉🇻🇳👨‍👩‍👧 ສະບາຍດີ.",
        "\u0301" * 10_000,
        "\u2028\u2029\x85\x0b\x0c",
        "Kinh phí 99999999999999999999999999999999999999999 tỷ đồng, lúc 24h22.",
        "\U0010ffff\ufffe\uffff",
    ],
)
def test_odd_text_gives_a_document(text):
    doc = no_panic(tinbai.extract, text)
    check(text, doc)
    again = no_panic(tinbai.extract, text, tone="new", entities=False, numbers=False)
    check(text, again)


def test_huge_string():
    para = "Ngày 14/3, tại huyện Mường Nhé, Bộ CHQS tỉnh Điện Biên trao gần 150 triệu đồng. "
    text = para * (2_000_000 // len(para))
    doc = no_panic(tinbai.extract, text)
    check(text, doc)
    assert doc.text == text.strip()


def test_bom_crlf_and_nfd_change_nothing():
    base = no_panic(tinbai.extract, SEED)
    for variant in ("\ufeff" + SEED, SEED.replace("\n", "\r\n"), unicodedata.normalize("NFD", SEED)):
        doc = no_panic(tinbai.extract, variant)
        assert doc.lines == base.lines
        assert doc.text == base.text
        assert [s.text for s in doc.sentences] == [s.text for s in base.sentences]


def test_batch_of_odd_texts_matches_one_by_one():
    texts = ["", "\x00", SEED, "\ufeff" + SEED, "." * 10_000, "ສະບາຍດີ"]
    many = no_panic(tinbai.extract_many, texts, 2)
    for t, d in zip(texts, many):
        assert d == no_panic(tinbai.extract, t)


@pytest.mark.skipif(not hasattr(__import__("signal"), "setitimer"), reason="needs POSIX timers")
def test_a_signal_handler_that_raises_stops_a_long_batch():
    # Ctrl-C in a notebook is a signal whose handler raises KeyboardInterrupt;
    # extract_many checks for pending signals between documents.
    import signal
    import time

    class Interrupted(Exception):
        pass

    def handler(signum, frame):
        raise Interrupted()

    seed = next((pathlib.Path(__file__).resolve().parents[2] / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    texts = [seed] * 20000  # about a minute of work on one core
    old = signal.signal(signal.SIGALRM, handler)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.2)
        t = time.perf_counter()
        with pytest.raises(Interrupted):
            tinbai.extract_many(texts, threads=2)
        assert time.perf_counter() - t < 10
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    # The module still works afterwards.
    assert tinbai.extract_many([seed, seed], threads=2)[1].title
