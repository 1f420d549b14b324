"""Diacritic restoration of questions typed without accents, from the reports' own words."""
from __future__ import annotations

import gzip
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.keyword_index import DIACRITICS_FILE, KEYWORD_DIR, KeywordIndex
from retrieval.diacritics import NUM, DiacriticModel, is_unaccented, restore_diacritics, sequences
from retrieval.text_analysis import fold, normalize
from tests.conftest import REPO

WORD = re.compile(r"[^\W\d_]+")


@pytest.fixture(scope="module")
def seed_model(seed_texts) -> DiacriticModel:
    return DiacriticModel.from_texts(seed_texts.values())


def _words(text: str) -> list[str]:
    return [normalize(w) for w in WORD.findall(text)]


def test_sequences_break_at_punctuation_and_number_token():
    assert sequences("Năm 2021, tai nạn giao thông giảm 31%.") == [["năm", NUM], ["tai", "nạn", "giao", "thông",
                                                                                  "giảm", NUM]]
    assert sequences("Thủy  HOÀ") == [["thuỷ", "hoà"]]  # normalized: lowercase, one tone placement


@pytest.mark.parametrize("typed, expected", [
    ("tai nan giao thong nam 2020 giam bao nhieu", "tai nạn giao thông năm 2020 giảm bao nhiêu"),
    ("Bao nhieu xa, phuong dat tieu chuan an toan ve ANTT?", "Bao nhiêu xã, phường đạt tiêu chuẩn an toàn về ANTT?"),
    ("Giam doc Cong an tinh da dieu dong bao nhieu can bo, chien si?",
     "Giám đốc Công an tỉnh đã điều động bao nhiêu cán bộ, chiến sĩ?"),
    # no report writes "so sánh": without the bundled phrase "so" became "số" (a count typed as a heading)
    ("So sanh tai nan giao thong nam 2020 va 2021", "So sánh tai nạn giao thông năm 2020 và 2021"),
])
def test_restores_real_questions_from_the_seed_reports(seed_model, typed, expected):
    assert restore_diacritics(typed, seed_model) == expected


def test_seed_twins_are_restored_almost_word_for_word(seed_model):
    """The 24 unaccented twins of the seed dev set against their accented originals."""
    rows = [json.loads(line) for line in (REPO / "eval" / "seeds_dev" / "questions.jsonl").open(encoding="utf-8")]
    by_qid = {r["qid"]: r for r in rows}
    right = total = 0
    for r in rows:
        if r.get("variant") != "no_diacritics":
            continue
        got, want = _words(restore_diacritics(r["question"], seed_model)), _words(by_qid[r["twin_of"]]["question"])
        assert len(got) == len(want)
        right += sum(a == b for a, b in zip(got, want))
        total += len(want)
    assert total > 300
    assert right / total >= 0.97, f"{right}/{total} words restored"


def test_what_the_user_typed_is_kept_where_it_carries_information(seed_model):
    # accented words, all-caps abbreviations, unknown words, numbers, codes and spacing stay as typed
    typed = "Chuyen an M519 cua  ANTT va Fulro nam 2021 tăng 16,4%?"
    got = restore_diacritics(typed, seed_model)
    assert "M519" in got and "  ANTT" in got and "Fulro" in got and "2021" in got and "tăng 16,4%?" in got
    assert got.startswith("Chuyên án M519")
    assert restore_diacritics("Tai nạn giao thông", seed_model) == "Tai nạn giao thông"
    assert restore_diacritics("", seed_model) == ""
    assert restore_diacritics("tai nan", None) == "tai nan"
    assert restore_diacritics("tai nan", DiacriticModel()) == "tai nan"


def test_a_pair_seen_once_does_not_outvote_common_words():
    """Absolute discounting: one stray "yên dù" must not turn "du hoi nghi" into "dù hơi nghi"."""
    texts = ["Phú Yên dù trời mưa."] + ["Đại biểu dự hội nghị tổng kết."] * 20 + ["Trời hơi lạnh, nghi ngờ."] * 3
    model = DiacriticModel.from_texts(texts, phrases=[])
    assert restore_diacritics("Phu Yen du hoi nghi", model) == "Phú Yên dự hội nghị"


def test_bundled_question_phrases_teach_question_words():
    # the reports never ask "bao nhiêu"; without the phrases, "bảo" (bảo vệ) would win
    texts = ["Lực lượng bảo vệ nhiều địa bàn, bảo đảm an ninh."] * 5
    assert restore_diacritics("bao nhieu", DiacriticModel.from_texts(texts, phrases=[])) != "bao nhiêu"
    assert restore_diacritics("bao nhieu", DiacriticModel.from_texts(texts)) == "bao nhiêu"


def test_is_unaccented():
    assert is_unaccented("tai nan giao thong 2021")
    assert not is_unaccented("tai nạn")
    assert not is_unaccented("dong chi Đinh")  # đ is a diacritic
    assert not is_unaccented("2021 ?")  # no letters: nothing to restore


def test_save_and_load_round_trip(tmp_path, seed_model):
    path = tmp_path / "d.json.gz"
    seed_model.save(path)
    loaded = DiacriticModel.load(path)
    assert loaded.unigrams == seed_model.unigrams and loaded.bigrams == seed_model.bigrams
    assert restore_diacritics("tai nan giao thong", loaded) == "tai nạn giao thông"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump({"version": 99}, fh)
    with pytest.raises(ValueError, match="version 1"):
        DiacriticModel.load(path)


def test_keyword_index_keeps_the_model_and_survives_a_damaged_file(tmp_path, seed_model):
    KeywordIndex.build([1], [["~tai"]], seed_model).save(tmp_path)
    assert KeywordIndex.load(tmp_path).diacritics.unigrams == seed_model.unigrams
    (tmp_path / KEYWORD_DIR / DIACRITICS_FILE).write_bytes(b"not gzip")
    assert KeywordIndex.load(tmp_path).diacritics is None  # logged, then rebuilt from the passages by the index


_LETTERS = st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxy ,.?0123456789ÁÀẠ"))


def test_restoration_never_changes_a_letter(seed_model):
    # found by the property below (CI, 2026-12-05): "qui" is normalised "quy", whose spelling "quý" changed a letter
    assert restore_diacritics("qui", seed_model) == "qui"
    assert restore_diacritics("Qui", seed_model) == "Qui"


@settings(max_examples=200, deadline=None)
@given(st.text(_LETTERS, max_size=60))
def test_restoration_only_adds_diacritics(seed_model, text):
    got = restore_diacritics(text, seed_model)
    assert fold(got).lower() == fold(text).lower()
    assert re.sub(r"[^\W\d_]", "", got) == re.sub(r"[^\W\d_]", "", text)


def test_restore_if_unaccented_builds_the_model_only_when_needed(seed_model):
    from retrieval.diacritics import restore_if_unaccented

    calls = []

    def model():
        calls.append(1)
        return seed_model

    assert restore_if_unaccented("Tai nạn giao thông năm 2021", model) == "Tai nạn giao thông năm 2021"
    assert calls == []  # typed with diacritics: nothing to build
    assert restore_if_unaccented("tai nan giao thong", model) == "tai nạn giao thông" and calls == [1]
    assert restore_if_unaccented("tai nan giao thong", seed_model) == "tai nạn giao thông"


def test_large_models_forget_pairs_seen_once(seed_texts):
    model = DiacriticModel.from_texts(seed_texts.values())
    singles = sum(1 for c in model.bigrams.values() if c == 1)
    assert singles > 100
    before = len(model.bigrams)
    model.prune(limit=before)  # at the limit: kept
    assert len(model.bigrams) == before
    model.prune(limit=before - 1)
    assert len(model.bigrams) == before - singles and min(model.bigrams.values()) >= 2
    assert restore_diacritics("tai nan giao thong", model) == "tai nạn giao thông"  # common pairs survive


def test_a_question_in_another_language_is_left_as_typed(seed_model):
    from retrieval.diacritics import reads_as_vietnamese

    english = "How many communes met the security standard?"
    assert not reads_as_vietnamese(english, seed_model)
    assert restore_diacritics(english, seed_model) == english  # not "met thế security"
    unaccented = "so vu pham phap hinh su o dia ban giap ranh"
    assert reads_as_vietnamese(unaccented, seed_model)
    assert restore_diacritics(unaccented, seed_model) != unaccented
    # a Vietnamese question with a foreign name or two is still Vietnamese
    assert reads_as_vietnamese("cong an tinh phoi hop voi facebook va zalo de tuyen truyen", seed_model)
