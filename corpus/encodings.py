"""Decode report text files whose bytes may be UTF-8/16 or one of the legacy Vietnamese encodings.

Old provincial reports were typed in TCVN3 (the "ABC" .VnTime/.VnTimeH fonts), VNI-Windows or
Windows-1258, and the file itself says nothing about which.  Every candidate decoding "succeeds"
byte-wise, so we decode with each and keep the one that reads most like Vietnamese
(valid syllables, frequent function words), see :func:`vietnamese_score`.

Scheme notes (why the tables look the way they do):

* TCVN3/ABC: one byte per precomposed lower-case letter (e.g. ``á`` = 0xB8, ``ư`` = 0xAD) and
  single bytes for the seven upper-case base letters Ă Â Ê Ô Ơ Ư Đ (0xA1-0xA7).  Upper-case
  letters *with a tone* have no byte of their own: writers switched to the .VnTimeH font, which
  draws the lower-case bytes as capitals.  Plain text loses the font, so on decoding we restore
  capitals by context (all-caps words, sentence starts); a capitalised toned initial in the middle
  of a sentence (e.g. "Ủy viên" after a comma) cannot be recovered and comes back lower-case.
  Bytes 0x80-0x9F keep their Windows-1252 punctuation (“ ” – … as Word saves them in .VnTime).
  Positions that only the full TCVN 5712 VN1 table uses (capitals in otherwise-unused bytes,
  combining tone marks 0xB0-0xB4) are decoded too, so VN1 files come back right.
* VNI-Windows: an ASCII base letter followed by one or two mark bytes, read as Windows-1252
  characters (``á`` = ``a`` + ``ù``, ``ấ`` = ``a`` + ``á``); ``đ ơ ư ĩ ỉ ị ì í ỵ`` are single bytes.
* Windows-1258: Python's ``cp1258`` codec; tones are usually separate combining bytes, so the
  result is NFC-normalised.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

__all__ = [
    "UndecodableError",
    "decode_bytes",
    "decode_cp1258",
    "decode_tcvn3",
    "decode_vni",
    "encode_cp1258",
    "encode_tcvn3",
    "encode_vni",
    "repair_legacy_text",
    "vietnamese_score",
]


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we know (binary data, random bytes)."""


# ---------------------------------------------------------------------------------------------
# TCVN3 (ABC)
# ---------------------------------------------------------------------------------------------
# Each row: the plain vowel and its five toned forms (grave, hook, tilde, acute, dot below),
# paired with the TCVN3 bytes in the same order.
_TCVN3_LOWER_ROWS: list[tuple[str, bytes]] = [
    ("aàảãáạ", bytes([0x61, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9])),
    ("ăằẳẵắặ", bytes([0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6])),
    ("âầẩẫấậ", bytes([0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB])),
    ("eèẻẽéẹ", bytes([0x65, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1])),
    ("êềểễếệ", bytes([0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6])),
    ("iìỉĩíị", bytes([0x69, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE])),
    ("oòỏõóọ", bytes([0x6F, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4])),
    ("ôồổỗốộ", bytes([0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9])),
    ("ơờởỡớợ", bytes([0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE])),
    ("uùủũúụ", bytes([0x75, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4])),
    ("ưừửữứự", bytes([0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9])),
    ("yỳỷỹýỵ", bytes([0x79, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE])),
]
_TCVN3_UPPER_BASE = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7}
_TCVN3_DD = 0xAE  # đ

# TCVN 5712 VN1 capitals that sit in bytes TCVN3 leaves unused (0x80-0x9F is cp1252 punctuation
# in .VnTime files, so VN1 capitals there are only decoded where cp1252 has a hole).
_VN1_EXTRA = {
    0x01: "Ú", 0x02: "Ụ", 0x04: "Ừ", 0x05: "Ử", 0x06: "Ữ", 0x11: "Ứ", 0x12: "Ự", 0x13: "Ỳ",
    0x14: "Ỷ", 0x15: "Ỹ", 0x16: "Ý", 0x17: "Ỵ",
    0x81: "Ả", 0x8D: "Ì", 0x8F: "Ĩ", 0x90: "Í", 0x9D: "Ù",
    0xAF: "Ằ", 0xBA: "Ẳ", 0xBF: "Ẵ", 0xC0: "Ắ", 0xC1: "Ầ", 0xC2: "Ẩ", 0xC3: "Ẫ", 0xC4: "Ấ",
    0xC5: "Ề", 0xCD: "Ể", 0xD9: "Ễ", 0xDA: "Ế", 0xDB: "Ồ", 0xE0: "Ổ", 0xF0: "Ỗ", 0xFF: "Ố",
    0xB0: "\u0300", 0xB1: "\u0309", 0xB2: "\u0303", 0xB3: "\u0301", 0xB4: "\u0323",
}
_VN1_CONTROL_BYTES = frozenset(b for b in _VN1_EXTRA if b < 0x20)


def _build_tcvn3() -> tuple[dict[int, str], dict[str, int]]:
    decode: dict[int, str] = {}
    for b in range(0x80):
        decode[b] = chr(b)
    for b in range(0x80, 0xA0):
        try:
            decode[b] = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            pass
    decode[0xA0] = "\u00a0"
    for letters, codes in _TCVN3_LOWER_ROWS:
        for ch, b in zip(letters, codes):
            decode[b] = ch
    for ch, b in _TCVN3_UPPER_BASE.items():
        decode[b] = ch
    decode[_TCVN3_DD] = "đ"
    for b, ch in _VN1_EXTRA.items():
        decode.setdefault(b, ch)

    encode: dict[str, int] = {}
    for b, ch in decode.items():
        if len(ch) == 1 and not unicodedata.combining(ch) and b not in _VN1_CONTROL_BYTES:
            encode.setdefault(ch, b)  # ASCII first, so ASCII letters keep their own byte
    # Capitals with tones: the .VnTimeH convention (same byte as the lower-case letter).
    for letters, codes in _TCVN3_LOWER_ROWS:
        for ch, b in zip(letters, codes):
            if b >= 0x80:
                encode[ch.upper()] = b
    encode["Đ"] = 0xA7
    return decode, encode


_TCVN3_DECODE, _TCVN3_ENCODE = _build_tcvn3()
# Bytes whose letter may really be a capital drawn by the .VnTimeH font.
_TCVN3_CASELESS = frozenset(
    ch for letters, codes in _TCVN3_LOWER_ROWS for ch, b in zip(letters, codes) if b >= 0x80
) | {"ă", "â", "ê", "ô", "ơ", "ư", "đ"}


def encode_tcvn3(text: str, errors: str = "replace") -> bytes:
    """Unicode -> TCVN3 (ABC) bytes as a .VnTime/.VnTimeH document saves them (for tests/tools)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        b = _TCVN3_ENCODE.get(ch)
        if b is None:
            if errors == "strict":
                raise UnicodeEncodeError("tcvn3", ch, 0, 1, "character has no TCVN3 byte")
            out += b"?"
        else:
            out.append(b)
    return bytes(out)


def _recase_tcvn3(text: str) -> str:
    """Restore capitals that the .VnTimeH font drew from lower-case TCVN3 bytes.

    A word whose case-carrying letters (ASCII, Ă Â Ê Ô Ơ Ư Đ) are all capitals is upper-cased
    whole; a word of toned letters only follows its all-caps neighbours on the line; a word that
    starts a sentence gets a capital first letter.  Mid-sentence capitalised initials are lost.
    """
    tokens = re.split(r"(\w+)", text)  # odd indexes are words, even ones the text between
    words = tokens[1::2]
    kinds = [_case_kind(w) for w in words]
    for i, word in enumerate(words):
        if not any(c in _TCVN3_CASELESS for c in word):
            continue
        kind = kinds[i]
        if kind in ("?", "cap"):
            near = {_neighbour_kind(tokens, kinds, i, -1), _neighbour_kind(tokens, kinds, i, +1)} - {None}
            if near == {"upper"}:
                words[i] = word.upper()
                continue
        if kind == "upper":
            words[i] = word.upper()
        elif kind in ("?", "lower") and word[0] in _TCVN3_CASELESS and _starts_sentence(tokens, i):
            words[i] = word[0].upper() + word[1:]
    tokens[1::2] = words
    return "".join(tokens)


def _case_kind(word: str) -> str:
    """Case of a decoded word judged only from letters whose case TCVN3 records.

    "upper" (2+ such letters, all capitals), "cap" (only its first letter is such a letter and it
    is a capital: "Hà" could be "HÀ"), "title", "lower", or "?" (no such letter).
    """
    known = [(j, c) for j, c in enumerate(word) if c.isalpha() and c not in _TCVN3_CASELESS]
    if not known:
        return "?"
    if all(c.isupper() for _, c in known):
        if len(known) == 1 and known[0][0] == 0:
            return "cap"
        return "upper"
    if known[0][0] == 0 and known[0][1].isupper() and all(c.islower() for _, c in known[1:]):
        return "title"
    return "lower"


def _neighbour_kind(tokens: list[str], kinds: list[str], i: int, step: int) -> str | None:
    """Kind of the nearest informative word on the same line, looking left (-1) or right (+1)."""
    j = i
    while True:
        sep = tokens[2 * j] if step < 0 else tokens[2 * j + 2] if 2 * j + 2 < len(tokens) else ""
        j += step
        if "\n" in sep or not 0 <= j < len(kinds):
            return None
        if kinds[j] in ("upper", "lower", "title"):
            return kinds[j]
        if kinds[j] == "cap" and sum(c.isalpha() for c in tokens[2 * j + 1]) == 1:
            return "upper"  # a lone capital letter such as "A" in an all-caps title


_OPENERS = " \t\u00a0\"'“‘([-–—•*"


def _starts_sentence(tokens: list[str], i: int) -> bool:
    before = tokens[2 * i]
    if i == 0 or "\n" in before:
        return before.rsplit("\n", 1)[-1].strip(_OPENERS) == ""
    return before.rstrip(_OPENERS).endswith((".", "!", "?", "…"))


def decode_tcvn3(data: bytes) -> str:
    chars = [_TCVN3_DECODE.get(b, "\ufffd") for b in data]
    return _recase_tcvn3(unicodedata.normalize("NFC", "".join(chars)))


# ---------------------------------------------------------------------------------------------
# VNI-Windows
# ---------------------------------------------------------------------------------------------
# Mark characters (as cp1252 text) for lower-case letters; upper-case letters use the
# upper-case form of the same Latin-1 character (ø -> Ø ...).
_VNI_TONES = {"\u0300": "ø", "\u0301": "ù", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_HAT_TONES = {"": "â", "\u0300": "à", "\u0301": "á", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE_TONES = {"": "ê", "\u0300": "è", "\u0301": "é", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_SINGLE = {"đ": "ñ", "ơ": "ô", "ư": "ö", "ì": "ì", "í": "í", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î"}
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _build_vni() -> dict[str, str]:
    """Unicode letter -> VNI character sequence (as cp1252 characters)."""
    table: dict[str, str] = {}
    for base in "aeiouy":
        for mark, code in _VNI_TONES.items():
            table[unicodedata.normalize("NFC", base + mark)] = base + code
    for base in "aeo":  # circumflex: â ê ô
        for mark, code in _VNI_HAT_TONES.items():
            table[unicodedata.normalize("NFC", base + "\u0302" + mark)] = base + code
    for mark, code in _VNI_BREVE_TONES.items():
        table[unicodedata.normalize("NFC", "a\u0306" + mark)] = "a" + code
    for base, single in (("ơ", "ô"), ("ư", "ö")):
        for mark, code in _VNI_TONES.items():
            table[unicodedata.normalize("NFC", base + mark)] = single + code
    for ch, seq in _VNI_SINGLE.items():
        table[ch] = seq  # overrides ì/í/ỉ/ĩ/ị/ỵ built above
    upper = {k.upper(): v.upper() for k, v in table.items() if k.upper() != k}
    table.update(upper)
    return table


_VNI_ENCODE = _build_vni()
_VNI_DECODE = {v: k for k, v in _VNI_ENCODE.items()}
_VNI_PATTERN = re.compile("|".join(re.escape(s) for s in sorted(_VNI_DECODE, key=len, reverse=True)))


def encode_vni(text: str, errors: str = "replace") -> bytes:
    """Unicode -> VNI-Windows bytes (base letter + mark bytes, cp1252) for tests/tools."""
    pieces = [_VNI_ENCODE.get(ch, ch) for ch in unicodedata.normalize("NFC", text)]
    return "".join(pieces).encode("cp1252", errors="strict" if errors == "strict" else "replace")


def decode_vni(data: bytes) -> str:
    text = _cp1252_lenient(data)
    return unicodedata.normalize("NFC", _VNI_PATTERN.sub(lambda m: _VNI_DECODE[m.group(0)], text))


def _cp1252_lenient(data: bytes) -> str:
    """cp1252 with its five undefined bytes read as Latin-1 (VNI files do contain them)."""
    return data.decode("cp1252", errors="latin1_fallback")


def _latin1_fallback(err: UnicodeError) -> tuple[str, int]:
    if isinstance(err, UnicodeDecodeError):
        return err.object[err.start : err.end].decode("latin-1"), err.end
    raise err


codecs.register_error("latin1_fallback", _latin1_fallback)


# ---------------------------------------------------------------------------------------------
# Windows-1258
# ---------------------------------------------------------------------------------------------
def encode_cp1258(text: str, decompose: bool = True) -> bytes:
    """Unicode -> Windows-1258 the way Vietnamese keyboards write it: base letter + tone byte.

    With ``decompose`` every tone is a separate combining byte (even for á, which cp1258 also has
    precomposed); otherwise precomposed bytes are used where they exist.
    """
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if not decompose:
            try:
                out += ch.encode("cp1258")
                continue
            except UnicodeEncodeError:
                pass
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in _TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
        out += (base + tones).encode("cp1258", errors="replace")
    return bytes(out)


def decode_cp1258(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="latin1_fallback"))


# ---------------------------------------------------------------------------------------------
# How Vietnamese does a text look?
# ---------------------------------------------------------------------------------------------
_ONSET = r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
_NUCLEI_CLOSED = "a ă â e ê i y o ô ơ u ư oa oă oe uâ uê uô ươ iê yê uyê ua ưa ia uy oo".split()
_NUCLEI_OPEN = (
    "ai ao au ay âu ây eo êu iu oi ôi ơi ui ưi ưu uơ oai oay uôi ươi ươu iêu yêu uây oeo uya uyu".split()
)
_CODA = r"(?:ch|ng|nh|c|m|n|p|t)"
_SYLLABLE = re.compile(
    rf"{_ONSET}(?:(?:{'|'.join(sorted(_NUCLEI_CLOSED, key=len, reverse=True))}){_CODA}?"
    rf"|(?:{'|'.join(sorted(_NUCLEI_OPEN, key=len, reverse=True))}))"
)
_COMMON_WORDS = frozenset(
    "của và các được trong có là những cho với không người này đã một để theo về từ đến năm công "
    "tác tại trên đồng chí ngày đó nhiều cũng như khi thực hiện xã hội đội tình quả việc động "
    "huyện tỉnh nhân dân bảo đảm vụ được sự trật tự an ninh phòng chống đầu mới cán bộ lực lượng".split()
)
_TOKEN_STRIP = " \t\"'“”‘’()[]{}.,;:!?…–—-•*/\\|<>«»"


def _is_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word)
    if sum(c in _TONE_MARKS for c in decomposed) > 1:
        return False
    plain = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    return _SYLLABLE.fullmatch(plain) is not None


def vietnamese_score(text: str) -> float:
    """Higher when ``text`` reads like Vietnamese: +1 per valid accented syllable, -1 per word with
    accents that is no Vietnamese syllable, +1 per frequent function word, -3 per control byte."""
    score = 0.0
    for raw in text.split():
        token = raw.strip(_TOKEN_STRIP).lower()
        if not token or any(c.isdigit() for c in token):
            continue
        if token.isascii():
            if token in _COMMON_WORDS:
                score += 1
            continue
        if _is_syllable(token):
            score += 2 if token in _COMMON_WORDS else 1
        else:
            score -= 1
    score -= 3 * sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f\v")
    score -= 3 * text.count("\ufffd")
    return score


# ---------------------------------------------------------------------------------------------
# Detection
# ---------------------------------------------------------------------------------------------
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
]
_LEGACY_DECODERS = {"tcvn3": decode_tcvn3, "vni": decode_vni, "windows-1258": decode_cp1258}


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\t\n\r\f\v") or c == "\ufffd")
    return bad / len(text)


_SAMPLE_BYTES = 256 * 1024  # enough to tell the encodings apart; scoring a 50 MB file is slow


def _best_legacy(data: bytes) -> tuple[str, str, float]:
    sample = data[:_SAMPLE_BYTES]
    scored = []
    for name, decode in _LEGACY_DECODERS.items():
        text = decode(sample)
        scored.append((vietnamese_score(text), name, text))
    score, name, text = max(scored, key=lambda t: t[0])
    if len(data) > len(sample):
        text = _LEGACY_DECODERS[name](data)
    return text, name, score


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Bytes of a text file -> (Unicode NFC text, encoding name).

    Names: "utf-8", "utf-8-sig", "utf-16", "utf-32", "tcvn3", "vni", "windows-1258", "cp1252";
    "utf-8+tcvn3"/"utf-8+vni" for UTF-8 files holding legacy-font text (copied out of a
    .VnTime/VNI document as if it were Latin-1); "utf-8-damaged" for UTF-8 with a few invalid
    bytes (replaced by U+FFFD), e.g. a file cut in the middle of a character.  Raises :class:`UndecodableError` for binary data.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise UndecodableError(f"invalid {name} after byte-order mark ({exc.reason})") from None
            return _checked(text, name), name

    if b"\x00" in data:
        text_name = _sniff_bomless_utf16(data)
        if text_name is None:
            raise UndecodableError("not a text file (contains NUL bytes)")
        return text_name

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        damaged = _damaged_utf8(data)
        if damaged is not None:
            return damaged
    else:
        text = _checked(text, "utf-8")
        if not text.isascii():
            legacy = _legacy_inside_utf8(text)
            if legacy is not None:
                return legacy
        return text, "utf-8"

    text, name, score = _best_legacy(data)
    if score <= 0:
        western = unicodedata.normalize("NFC", _cp1252_lenient(data))
        if vietnamese_score(western) >= score:
            text, name = western, "cp1252"
    return _checked(text, name), name


def _damaged_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few bad bytes (cut mid-character, a stray byte) is still UTF-8, not TCVN3."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad > max(2, len(data) // 1000):
        return None
    legacy_text, _name, legacy_score = _best_legacy(data)
    if vietnamese_score(text[: _SAMPLE_BYTES]) + 3 * bad < legacy_score:
        return None
    return unicodedata.normalize("NFC", text), "utf-8-damaged"


def _checked(text: str, name: str) -> str:
    if _control_ratio(text) > 0.01:
        raise UndecodableError(f"not a text file (too many control characters as {name})")
    return unicodedata.normalize("NFC", text)


def _sniff_bomless_utf16(data: bytes) -> tuple[str, str] | None:
    if len(data) < 4 or len(data) % 2:
        return None
    even_nul = data[0::2].count(0) / (len(data) // 2)
    odd_nul = data[1::2].count(0) / (len(data) // 2)
    codec = "utf-16-le" if odd_nul > 0.3 and even_nul < 0.05 else "utf-16-be" if even_nul > 0.3 and odd_nul < 0.05 else None
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if _control_ratio(text) > 0.01:
        return None
    return unicodedata.normalize("NFC", text), "utf-16"


def _legacy_inside_utf8(text: str) -> tuple[str, str] | None:
    """A UTF-8 file whose characters are really TCVN3/VNI bytes (text copied from a legacy font)."""
    if any(ord(c) >= 0x100 and c not in _CP1252_PUNCT for c in text):
        return None  # genuine Vietnamese letters present
    try:
        raw = text.encode("cp1252")
    except UnicodeEncodeError:
        return None
    legacy_text, name, score = _best_legacy(raw)
    if score > max(0.0, vietnamese_score(text)) + 5:
        return legacy_text, f"utf-8+{name}"
    return None


def repair_legacy_text(text: str) -> tuple[str, str | None]:
    """Fix lines of a Unicode document that are really TCVN3/VNI font text ("C«ng an", "Coâng an").

    Word/PDF/HTML documents typed in a .VnTime or VNI font store each legacy byte as the
    Windows-1252 character it happens to be; the file is valid Unicode but unreadable.  Each line
    without genuine Vietnamese letters is re-read as legacy bytes and kept if it scores clearly
    better.  Returns the text and the legacy encoding found (or None when nothing changed).
    """
    found: str | None = None
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        if any(ord(c) >= 0x100 and c not in _CP1252_PUNCT for c in line):
            continue
        try:
            raw = line.encode("cp1252")
        except UnicodeEncodeError:
            continue
        fixed, name, score = _best_legacy(raw)
        if score >= 2 and score >= vietnamese_score(line) + 2:
            lines[i] = fixed
            found = found or name
    return "\n".join(lines), found


_CP1252_PUNCT = frozenset("“”‘’–—…•€‚ƒ„†‡ˆ‰Š‹ŒŽ˜™š›œžŸ")
