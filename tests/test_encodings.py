"""Legacy Vietnamese encodings: the real seed reports are encoded the way old files store them and
must come back as the original Unicode text."""
from __future__ import annotations

import codecs
import random
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.encodings import (
    UndecodableError,
    decode_bytes,
    decode_cp1258,
    decode_tcvn3,
    decode_vni,
    encode_cp1258,
    encode_tcvn3,
    encode_vni,
    repair_legacy_text,
    vietnamese_score,
)

SEED_NAMES = [
    "000_46187f3b83518a7b.txt",
    "001_39d7781fe940ac39.txt",
    "002_d7785d41f27099bf.txt",
    "003_482e3ee27822c92f.txt",
    "004_bae18dc72671c5b8.txt",
]


@pytest.fixture(params=SEED_NAMES)
def seed(request, seed_texts) -> str:
    return unicodedata.normalize("NFC", seed_texts[request.param])


def test_seed_fixture_has_the_five_reports(seed_texts):
    assert sorted(seed_texts) == SEED_NAMES


# --- byte-level facts, independent of our own encoders ------------------------------------------------
@pytest.mark.parametrize(
    "raw, expected",
    [
        (b"C\xabng an huy\xd6n", "Công an huyện"),  # TCVN3 as typed in .VnTime
        (b"c\xb8c \xae\xe5ng ch\xdd", "các đồng chí"),
        (b"\xa7\xb6ng \xf1y", "Đảng ủy"),
        (b"tr\xadng", "trưng"),
    ],
)
def test_decode_known_tcvn3_bytes(raw, expected):
    text, enc = decode_bytes(raw)
    assert (text, enc) == (expected, "tcvn3")


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Coâng an huyeän".encode("cp1252"), "Công an huyện"),
        ("caùc ñoàng chí".encode("cp1252"), "các đồng chí"),
        ("Xin chaøo caùc baïn".encode("cp1252"), "Xin chào các bạn"),
        ("ÑAÛNG UÛY".encode("cp1252"), "ĐẢNG ỦY"),
    ],
)
def test_decode_known_vni_bytes(raw, expected):
    assert decode_bytes(raw) == (expected, "vni")


def test_decode_known_cp1258_decomposed_bytes():
    raw = b"C\xf4ng an huy\xea\xf2n"  # "Công an huyện": ê (0xEA) + combining dot below (0xF2)
    assert decode_bytes(raw) == ("Công an huyện", "windows-1258")


def test_encoders_produce_the_documented_bytes():
    assert encode_tcvn3("các đồng chí") == b"c\xb8c \xae\xe5ng ch\xdd"
    assert encode_tcvn3("ĐẢNG ỦY") == b"\xa7\xb6NG \xf1Y"  # toned capitals: .VnTimeH shares the byte
    assert encode_vni("các Đảng ỦY") == b"ca\xf9c \xd1a\xfbng U\xdbY"
    assert encode_cp1258("ệ") == b"\xea\xf2"
    assert encode_cp1258("á", decompose=False) == b"\xe1"


# --- round trips on the real reports ---------------------------------------------------------------
def test_vni_round_trip_is_exact(seed):
    assert decode_bytes(encode_vni(seed)) == (seed, "vni")


def test_cp1258_decomposed_round_trip_is_exact(seed):
    data = encode_cp1258(seed)
    assert b"\xf2" in data or b"\xec" in data  # tones really are separate bytes
    assert decode_bytes(data) == (seed, "windows-1258")


def test_cp1258_precomposed_round_trip_is_exact(seed):
    assert decode_bytes(encode_cp1258(seed, decompose=False)) == (seed, "windows-1258")


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_utf16_with_bom_round_trip_is_exact(seed, bom, codec):
    assert decode_bytes(bom + seed.encode(codec)) == (seed, "utf-16")


def test_utf16_without_bom_is_recognised(seed):
    assert decode_bytes(seed.encode("utf-16-le")) == (seed, "utf-16")


def test_utf8_with_and_without_bom(seed):
    assert decode_bytes(seed.encode("utf-8")) == (seed, "utf-8")
    assert decode_bytes(codecs.BOM_UTF8 + seed.encode("utf-8")) == (seed, "utf-8-sig")


def test_utf8_decomposed_marks_become_nfc(seed):
    text, enc = decode_bytes(unicodedata.normalize("NFD", seed).encode("utf-8"))
    assert enc == "utf-8" and text == seed


def test_tcvn3_round_trip_loses_only_mid_sentence_toned_capitals(seed):
    """TCVN3 has no bytes for toned capitals (they were drawn with the .VnTimeH font), so the
    decoder restores them from context.  All-caps titles and sentence starts come back; a
    capitalised toned initial inside a sentence ("…, Ủy viên") cannot, and nothing else may differ."""
    text, enc = decode_bytes(encode_tcvn3(seed))
    assert enc == "tcvn3"
    assert len(text) == len(seed) and text.lower() == seed.lower()
    diffs = [(a, b) for a, b in zip(re.findall(r"\w+", seed), re.findall(r"\w+", text)) if a != b]
    for original, decoded in diffs:
        assert decoded[0].swapcase() + decoded[1:] == original, (original, decoded)
    assert len(diffs) <= 10


def test_tcvn3_restores_all_caps_titles_and_sentence_starts(seed_texts):
    title = "KẾT QUẢ CÔNG TÁC XÂY DỰNG PHONG TRÀO TOÀN DÂN BẢO VỆ ANTQ TRÊN ĐỊA BÀN HUYỆN TUYÊN HÓA NĂM 2021"
    text = title + "\nỞ địa bàn huyện, các vụ việc đã được giải quyết. Ủy ban nhân dân xã phối hợp tốt.\nHà Thuỷ"
    assert decode_bytes(encode_tcvn3(text)) == (text, "tcvn3")
    assert decode_bytes(encode_tcvn3("SƠ KẾT QUI CHẾ PHỐI HỢP Ở ĐỊA BÀN GIÁP RANH"))[0] == (
        "SƠ KẾT QUI CHẾ PHỐI HỢP Ở ĐỊA BÀN GIÁP RANH"
    )


def test_seed_000_tcvn3_round_trip_is_exact(seed_texts):
    seed = unicodedata.normalize("NFC", seed_texts["000_46187f3b83518a7b.txt"])
    assert decode_bytes(encode_tcvn3(seed)) == (seed, "tcvn3")


def test_tcvn3_keeps_windows_punctuation(seed_texts):
    seed = seed_texts["004_bae18dc72671c5b8.txt"]
    assert "“" in seed
    assert "“điểm nóng”" in decode_bytes(encode_tcvn3(seed))[0]


# --- detection --------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", ["Công an huyện", "Hà Nội", "Báo cáo của Công an tỉnh", "Ở ĐỊA BÀN GIÁP RANH"])
@pytest.mark.parametrize("encoder, name", [(encode_tcvn3, "tcvn3"), (encode_vni, "vni"), (encode_cp1258, "windows-1258")])
def test_short_phrases_are_detected(sentence, encoder, name):
    assert decode_bytes(encoder(sentence)) == (sentence, name)


def test_utf8_cut_in_the_middle_of_a_character_stays_utf8(seed):
    data = seed.encode("utf-8")
    cut = data[: data.index("ệ".encode()) + 1]  # first byte of a 3-byte character
    text, enc = decode_bytes(cut)
    assert enc == "utf-8-damaged"
    assert text == unicodedata.normalize("NFC", cut[:-1].decode("utf-8")) + "\ufffd"


def test_long_legacy_file_is_decoded_past_the_detection_sample(seed_texts):
    seed = seed_texts["003_482e3ee27822c92f.txt"] * 50  # > 256 KB of VNI bytes
    data = encode_vni(seed)
    assert len(data) > 256 * 1024
    assert decode_bytes(data) == (unicodedata.normalize("NFC", seed), "vni")


def test_pure_ascii_is_utf8():
    assert decode_bytes(b"Bao cao so 12/BC-CAH\n") == ("Bao cao so 12/BC-CAH\n", "utf-8")


def test_western_latin1_text_is_not_forced_into_vietnamese():
    assert decode_bytes("Café crème brûlée à la française".encode("cp1252")) == (
        "Café crème brûlée à la française",
        "cp1252",
    )


def test_utf8_file_holding_tcvn3_glyphs_is_repaired():
    # What you get when text in a .VnTime font is pasted into a UTF-8 editor.
    garbled = encode_tcvn3("Các đồng chí đã tham gia hội nghị của Công an huyện").decode("cp1252")
    assert garbled.startswith("C¸c ®ång")
    assert decode_bytes(garbled.encode("utf-8")) == ("Các đồng chí đã tham gia hội nghị của Công an huyện", "utf-8+tcvn3")


def test_repair_legacy_text_fixes_only_the_legacy_lines():
    good = "Công an huyện đã tổ chức hội nghị."
    legacy = encode_vni("Các đồng chí lãnh đạo được khen thưởng.").decode("cp1252")
    text, found = repair_legacy_text(good + "\n" + legacy + "\nHello world.")
    assert found == "vni"
    assert text == good + "\nCác đồng chí lãnh đạo được khen thưởng.\nHello world."
    assert repair_legacy_text(good) == (good, None)


@pytest.mark.parametrize("seed_value", [1, 2, 3])
def test_random_bytes_are_not_text(seed_value):
    rng = random.Random(seed_value)
    with pytest.raises(UndecodableError, match="not a text file"):
        decode_bytes(bytes(rng.randrange(256) for _ in range(4000)))
    no_nul = bytes(rng.randrange(1, 256) for _ in range(4000))
    with pytest.raises(UndecodableError, match="not a text file"):
        decode_bytes(no_nul)


def test_score_prefers_the_right_reading(seed_texts):
    seed = seed_texts["002_d7785d41f27099bf.txt"]
    raw = encode_tcvn3(seed)
    right = vietnamese_score(seed)
    assert right > vietnamese_score(raw.decode("cp1252")) + 100
    assert right > vietnamese_score(encode_vni(seed).decode("cp1252")) + 100


# --- codec properties on arbitrary Vietnamese strings ---------------------------------------------------
VIET_LOWER = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
ALPHABET = VIET_LOWER + VIET_LOWER.upper() + "0123456789 .,;:!?()-\n“”–…"
viet_text = st.text(alphabet=ALPHABET, max_size=80)


@settings(max_examples=300, deadline=None)
@given(viet_text)
def test_vni_codec_round_trips_any_text(text):
    assert decode_vni(encode_vni(text)) == text


@settings(max_examples=300, deadline=None)
@given(viet_text, st.booleans())
def test_cp1258_codec_round_trips_any_text(text, decompose):
    assert decode_cp1258(encode_cp1258(text, decompose=decompose)) == text


@settings(max_examples=300, deadline=None)
@given(viet_text)
def test_tcvn3_codec_round_trips_any_text_up_to_case(text):
    decoded = decode_tcvn3(encode_tcvn3(text))
    assert decoded.lower() == text.lower()  # only case can be lost (.VnTimeH capitals)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decode_bytes_never_fails_other_than_undecodable(data):
    try:
        text, name = decode_bytes(data)
    except UndecodableError as exc:
        assert "not a text file" in str(exc) or "byte-order mark" in str(exc)
    else:
        assert isinstance(text, str) and name and unicodedata.is_normalized("NFC", text)
