"""Hybrid search: fusion math, weights, per-document limit, filters, boosts, neighbour context, and a
real-model check that hybrid is at least as good as each list alone on the seed dev set."""
from __future__ import annotations

import json
from dataclasses import replace
import math
from pathlib import Path

import pytest

from index.indexer import ingest_paths
from index.report_index import ReportIndex
from retrieval.evaluation import documents_in_rank_order, ndcg_at_k
from retrieval.hybrid import (
    DEFAULT_CONFIG,
    Candidates,
    Filters,
    FusionConfig,
    HybridSearcher,
    completed_lists,
    convex_fuse,
    corpus_gazetteer,
    fuse,
    limit_per_document,
    list_weights,
    needs_antecedent,
    question_places,
    rank_order,
    rrf_fuse,
)
from retrieval.post_holder import named_people
from retrieval.question import analyze_question
from tests.fakes import HashEmbedder

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "corpus" / "samples"
SEEDS_DEV = REPO / "eval" / "seeds_dev"
D0, D1, D2, D3, D4 = (p.stem for p in sorted(SAMPLES.glob("*.txt")))


# ---------------------------------------------------------------------------------------------- pure math


def test_rrf_matches_hand_computed_example():
    fused = rrf_fuse([[10, 20, 30], [30, 10]], weights=[1.0, 2.0], k=60)
    assert fused[10] == pytest.approx(1 / 61 + 2 / 62)
    assert fused[20] == pytest.approx(1 / 62)
    assert fused[30] == pytest.approx(1 / 63 + 2 / 61)
    assert rank_order(fused) == [30, 10, 20]


def test_rrf_unweighted_prefers_items_in_both_lists():
    fused = rrf_fuse([[1, 2], [3, 2]], k=1)
    assert rank_order(fused)[0] == 2  # 1/3 + 1/3 beats 1/2
    assert fused[2] == pytest.approx(2 / 3)


def test_convex_fusion_keeps_score_gaps():
    dense = [(1, 0.90), (2, 0.85), (3, 0.80)]
    keyword = [(3, 30.0), (2, 3.0), (4, 0.0)]
    fused = convex_fuse([dense, keyword], [1.0, 1.0])
    assert fused[1] == pytest.approx(1.0)
    assert fused[2] == pytest.approx(0.5 + 0.1)
    assert fused[3] == pytest.approx(0.0 + 1.0)
    assert fused[4] == pytest.approx(0.0)


def test_completed_lists_score_every_candidate_on_both_lists():
    cands = Candidates(dense=[(1, 0.90), (2, 0.85), (3, 0.80)], keyword=[(4, 12.0), (2, 9.0), (5, 1.0)],
                       dense_extra={4: 0.88, 5: float("nan")}, keyword_extra={1: 6.0})
    dense, keyword = completed_lists(cands, 3)
    assert dense == [(1, 0.90), (2, 0.85), (3, 0.80), (4, 0.88), (5, 0.80)]  # NaN (vector gone): list's lowest
    assert keyword == [(1, 6.0), (2, 9.0), (3, 1.0), (4, 12.0), (5, 1.0)]  # 3 never scored: lowest seen
    # passage 4, first for BM25 and a close second on cosine once completed, leads: 0.8 + 1.0
    fused = convex_fuse([dense, keyword], [1.0, 1.0])
    assert rank_order(fused)[:3] == [4, 1, 2]
    assert fused[4] == pytest.approx(0.8 + 1.0) and fused[1] == pytest.approx(1.0 + 5 / 11)
    plain = fuse(cands, analyze_question("Ai chủ trì hội nghị?"), FusionConfig(complete_scores=False,
                                                                                  keyword_weight=1.0))
    assert plain[4] == pytest.approx(1.0)  # counted as 0 on the dense side without completion
    assert completed_lists(cands, 1) == ([(1, 0.90), (4, 0.88)], [(1, 6.0), (4, 12.0)])


def test_ties_break_by_passage_id():
    assert rank_order({5: 1.0, 3: 1.0, 9: 2.0}) == [9, 3, 5]


def test_codes_and_unaccented_queries_lean_on_keywords():
    cfg = FusionConfig(dense_weight=1.0, keyword_weight=1.0, code_keyword_weight=2.0, folded_keyword_weight=1.5)
    assert list_weights(analyze_question("Ai chủ trì hội nghị?"), cfg) == (1.0, 1.0)
    assert list_weights(analyze_question("Chuyên án M519 đấu tranh với hoạt động gì?"), cfg) == (1.0, 2.0)
    assert list_weights(analyze_question("ai chu tri hoi nghi?"), cfg) == (1.0, 1.5)
    restored = analyze_question("Ai chủ trì hội nghị?", typed="ai chu tri hoi nghi?")
    assert restored.restored and restored.accented
    assert list_weights(restored, FusionConfig(keyword_weight=1.0, restored_keyword_weight=1.25)) == (1.0, 1.25)


def test_fuse_modes_use_one_list_only():
    cands = Candidates(dense=[(1, 0.9), (2, 0.8)], keyword=[(2, 5.0), (3, 4.0)])
    a = analyze_question("an ninh trật tự")
    assert fuse(cands, a, DEFAULT_CONFIG, "dense") == {1: 0.9, 2: 0.8}
    assert fuse(cands, a, DEFAULT_CONFIG, "keyword") == {2: 5.0, 3: 4.0}
    assert rank_order(fuse(cands, a, DEFAULT_CONFIG, "hybrid"))[0] == 2


def test_limit_per_document_keeps_best_passages_in_order():
    order = [1, 2, 3, 4, 5, 6]
    doc_of = {1: "a", 2: "a", 3: "b", 4: "a", 5: "c", 6: "b"}
    assert limit_per_document(order, doc_of, 1) == [1, 3, 5]
    assert limit_per_document(order, doc_of, 2) == [1, 2, 3, 5, 6]
    assert limit_per_document(order, doc_of, None) == order


def test_needs_antecedent_on_real_report_sentences(seed_texts):
    text = seed_texts["003_482e3ee27822c92f.txt"]
    start = text.index("Theo đó, Giám đốc Công an tỉnh")
    assert needs_antecedent(text[start:])
    assert needs_antecedent("Đồng chí đề nghị Đảng ủy công an các tỉnh, thành phố trực thuộc Trung ương tham mưu")
    assert needs_antecedent("Qua đó, góp phần phục vụ nhiệm vụ phát triển kinh tế - xã hội ở địa phương")
    assert needs_antecedent("Chiều 21/2, đối tượng bị bắt.")  # the suspect by role, after a date (VNTC)
    # a sentence that names its subject stands alone
    assert not needs_antecedent("Đồng chí Thượng tá Võ Hồng Linh- Phó trưởng Công an huyện phát biểu tại Hội nghị")
    assert not needs_antecedent(text)


# ---------------------------------------------------------------------------------------------- on an index


@pytest.fixture(scope="module")
def hash_index(tmp_path_factory) -> ReportIndex:
    """The five seed reports indexed with a deterministic stand-in embedder (mechanics, not quality)."""
    data = tmp_path_factory.mktemp("hybrid-hash")
    report = ingest_paths(data, [SAMPLES], HashEmbedder())
    assert report.count("added") == 5
    return ReportIndex(data)


def test_per_doc_limit_gives_one_passage_per_report(hash_index):
    searcher = HybridSearcher(hash_index, HashEmbedder())
    many = searcher.search("công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc", 10).hits
    assert len({h.doc_id for h in many}) < len(many)  # without a limit one report takes several places
    one = searcher.search("công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc", 10, per_doc=1).hits
    assert len(one) == len({h.doc_id for h in one}) == 5
    assert one[0].passage_id == many[0].passage_id  # the best passage is kept
    two = searcher.search("công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc", 10, per_doc=2).hits
    assert max(sum(h.doc_id == d for h in two) for d in {h.doc_id for h in two}) == 2


def test_filters_restrict_both_lists(hash_index):
    searcher = HybridSearcher(hash_index, HashEmbedder())
    hits = searcher.search("quy chế phối hợp", 10, filters=Filters(doc_ids=[D1])).hits
    assert hits and {h.doc_id for h in hits} == {D1}
    dated = searcher.search("quy chế phối hợp", 20, filters=Filters(year_from=2022, year_to=2022)).hits
    assert dated and {h.doc_id for h in dated} <= {D0, D2, D3}  # the reports dated 2022
    assert not searcher.search("quy chế phối hợp", 10, filters=Filters(year_from=2030)).hits


def test_keyword_mode_finds_codes_whole(hash_index):
    searcher = HybridSearcher(hash_index, HashEmbedder())
    hit = searcher.search("23/2012/TT-BCA", 1, mode="keyword").hits[0]
    assert hit.doc_id == D4 and "23/2012/TT-BCA" in hit.passage.text
    # the stand-in embedder's sentence cosines are noise (words hashed into 64 buckets): fusion alone here; the
    # real model with the sentence re-rank is checked in tests/test_sentence_vectors.py
    plain = FusionConfig(sentence_weight=0)
    assert searcher.search("195/204", 1, mode="hybrid", config=plain).hits[0].doc_id == D2


def test_place_boost_names_the_reason(hash_index):
    cfg = FusionConfig(place_boost=0.5, year_boost=0.5)
    searcher = HybridSearcher(hash_index, HashEmbedder(), config=cfg)
    hits = searcher.search("Công an thị xã Sông Cầu phối hợp với địa phương nào năm 2017?", 5).hits
    top = hits[0]
    assert top.doc_id == D1
    assert "place song cau" in top.boosts and any(b.startswith("year 2017") for b in top.boosts)
    # lowercase, unaccented: the corpus gazetteer still recognises the place
    hits = searcher.search("cong an thi xa song cau phoi hop voi dia phuong nao", 5).hits
    assert "place song cau" in hits[0].boosts


def test_place_boost_is_for_the_place_at_the_level_asked(hash_index):
    cfg = FusionConfig(place_boost=0.5)
    searcher = HybridSearcher(hash_index, HashEmbedder(), config=cfg)
    hits = searcher.search("Công an tỉnh Thanh Hóa điều động cán bộ về xã", 10, per_doc=1).hits
    boosted = {h.doc_id for h in hits if "place thanh hoa" in h.boosts}
    assert D3 in boosted and D4 not in boosted  # D4 (Tuyên Hóa) names only the commune "xã Thanh Hóa"
    gaz = corpus_gazetteer(hash_index)
    # typed in lowercase without accents: the gazetteer finds the name, the words before it give the level
    assert ("thanh hoa", "tỉnh") in question_places(analyze_question("cong an tinh thanh hoa dieu dong"), gaz)
    assert ("thanh hoa", "xã") in question_places(analyze_question("tinh hinh ma tuy o xa thanh hoa"), gaz)


def test_anaphoric_passage_brings_previous_passage(hash_index):
    searcher = HybridSearcher(hash_index, HashEmbedder())
    hits = searcher.search("điều động, bố trí 2.570 cán bộ, chiến sĩ", 3, mode="keyword").hits
    hit = next(h for h in hits if h.passage.text.startswith("Theo đó"))
    assert hit.context is not None
    assert hit.context.doc_id == hit.doc_id and hit.context.ordinal == hit.passage.ordinal - 1
    assert "Thanh Hóa" in hit.context.text  # the antecedent says where "Theo đó" happens
    plain = next(h for h in searcher.search("Tô Lâm", 5, mode="keyword").hits if not needs_antecedent(h.passage.text))
    assert plain.context is None


def test_candidates_carry_the_other_lists_scores(hash_index):
    searcher = HybridSearcher(hash_index, HashEmbedder())
    analysis = analyze_question("chuyên án M519 đấu tranh")
    cands = searcher.retrieve("chuyên án M519 đấu tranh", analysis, 5)
    only_kw = {p for p, _ in cands.keyword} - {p for p, _ in cands.dense}
    only_dense = {p for p, _ in cands.dense} - {p for p, _ in cands.keyword}
    assert set(cands.dense_extra) == only_kw and set(cands.keyword_extra) == only_dense
    qvec = HashEmbedder().encode_queries(["chuyên án M519 đấu tranh"])
    for pid, score in cands.dense_extra.items():  # the stored vector's cosine, as a dense search would give
        full = dict(zip(*[a.tolist() for a in reversed(hash_index.dense_search(qvec, 1000))]))
        assert score == pytest.approx(full[pid], abs=1e-5)
    every = dict(zip(*[a.tolist() for a in reversed(hash_index.keyword_search(analysis.terms, 1000))]))
    for pid, score in cands.keyword_extra.items():
        assert score == pytest.approx(every.get(pid, 0.0), abs=1e-4)
    assert hash_index.keyword_scores(analysis.terms, [10**9]).tolist() == [0.0]
    assert math.isnan(float(hash_index.dense_scores(qvec, [10**9])[0]))


def test_unknown_mode_is_refused(hash_index):
    with pytest.raises(ValueError):
        HybridSearcher(hash_index, HashEmbedder()).search("x", 3, mode="fuzzy")


# ---------------------------------------------------------------------------------------------- real model


@pytest.fixture(scope="module")
def real_index(tmp_path_factory) -> tuple[ReportIndex, object]:
    from index.embedder import Embedder

    data = tmp_path_factory.mktemp("hybrid-real")
    embedder = Embedder.from_spec(None)
    ingest_paths(data, [SAMPLES], embedder)
    return ReportIndex(data), embedder


def _seed_questions() -> list[dict]:
    with open(SEEDS_DEV / "questions.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_hybrid_at_least_as_good_as_each_list_on_seed_dev_set(real_index):
    index, embedder = real_index
    searcher = HybridSearcher(index, embedder)
    questions = _seed_questions()
    ndcg = {}
    for mode in ("keyword", "dense", "hybrid"):
        total = 0.0
        for q in questions:
            hits = searcher.search(q["question"], 30, mode=mode).hits
            ranked = documents_in_rank_order(h.doc_id for h in hits)[:10]
            total += ndcg_at_k(ranked, set(q["positive_doc_ids"]), 10)
        ndcg[mode] = total / len(questions)
    assert ndcg["hybrid"] >= ndcg["keyword"] - 1e-9, ndcg
    assert ndcg["hybrid"] >= ndcg["dense"] - 1e-9, ndcg
    assert not math.isnan(ndcg["hybrid"])


def test_completing_bm25_scores_reuses_the_query_scoring(hash_index, monkeypatch):
    keywords = hash_index.keywords
    calls = []
    real = keywords._retriever.get_scores_from_ids
    monkeypatch.setattr(keywords._retriever, "get_scores_from_ids", lambda ids: calls.append(1) or real(ids))
    query = "công an xã phối hợp tuần tra bảo đảm an ninh trật tự"
    HybridSearcher(hash_index, HashEmbedder()).retrieve(query, analyze_question(query), 5)
    assert calls == [1]  # one pass over the index for both the top-k and the completed scores


@pytest.fixture(scope="module")
def namesake_index(shared_dir, tmp_path_factory):
    """The five reports and the real VNTC articles that name "Bùi Tiến Dũng" (PMU18), whose namesake "Bùi Tiến Lý"
    (Phó Bí thư Thường trực Huyện ủy Đăk Tô) shares two of three syllables with him."""
    import gzip

    from index.embedder import Embedder

    path = shared_dir / "data" / "news_vntc.jsonl.gz"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    data = tmp_path_factory.mktemp("namesake")
    with gzip.open(path, "rt", encoding="utf-8") as f, open(data / "news.jsonl", "w", encoding="utf-8") as out:
        kept = 0
        for line in f:
            if "Bùi Tiến Dũng" in line and kept < 8:
                out.write(line)
                kept += 1
    embedder = Embedder.from_spec(None)
    ingest_paths(data / "index", [SAMPLES, data / "news.jsonl"], embedder)
    return ReportIndex(data / "index"), embedder


def test_a_person_named_in_full_outranks_a_namesake_written_twenty_times(namesake_index):
    index, embedder = namesake_index
    searcher = HybridSearcher(index, embedder)
    question = "Bùi Tiến Lý là ai?"
    unboosted = searcher.search(question, 5, config=replace(searcher.config, person_boost=0.0)).hits
    assert "Bùi Tiến Dũng" in unboosted[0].passage.text  # BM25 and e5 both prefer the namesake
    top = searcher.search(question, 5).hits[0]
    assert top.doc_id == D0 and "Bùi Tiến Lý" in top.passage.text and "person bui tien ly" in top.boosts
    typed = searcher.search("Bui Tien Ly la ai?", 5).hits[0]  # restored ("Bùi Tiến Lý"), then boosted alike
    assert typed.doc_id == D0 and "person bui tien ly" in typed.boosts


def test_named_people():
    assert named_people("Bùi Tiến Lý là ai?") == ["Bùi Tiến Lý"]
    assert named_people("Ông Trần Văn Quân phát biểu gì?") == ["Trần Văn Quân"]  # "Văn" is a middle name
    assert named_people("Đại tướng Tô Lâm chỉ đạo gì?") == ["Tô Lâm"]
    assert named_people("Giám đốc Công an tỉnh Thanh Hóa là ai?") == []  # bodies and places, no family name


def test_a_hospital_or_a_school_named_after_a_person_is_no_person():
    # VNTC PL_VNE_T_(858): the hospital's name; a kind of place (the lexicon's) before the run makes it a place's
    assert named_people("Nạn nhân được đưa tới Bệnh viện Lê Lợi cấp cứu, tối 12/2 đã hồi tỉnh.") == []
    assert named_people("Nguyễn Thị Thu Nguyệt (giáo viên trường Lê Quý Đôn, Q.11) thừa nhận") == [
        "Nguyễn Thị Thu Nguyệt"]
    # ... but the head of a market's or an environment's body is a person (VNTC PL_VNE_(42)), and so is a fraudster
    # (VNTC XH_NLD_T_(9729)): "thị trường", "lừa đảo" are no place
    assert named_people("Cùng quan điểm này, Phó cục trưởng Cục Quản lý thị trường Nguyễn Đức Thịnh cho rằng, năm 2003 "
                        "mới chỉ \"đánh\" được những đường dây") == ["Nguyễn Đức Thịnh"]
    assert named_people("Tài liệu điều tra ban đầu xác định, từ tháng 1.1999 đến tháng 4.2005, trùm lừa đảo Nguyễn Lâm "
                        "Thái và đồng bọn đã trực tiếp đến 35 bưu điện") == ["Nguyễn Lâm Thái"]


def test_a_place_opening_with_a_family_name_is_no_person(hash_index):
    # "Lâm" is a family name, but the Tuyên Hóa report names "xã Lâm Hóa" as a commune: a place boost, not a person's
    # (and after "xã" no name is read as a person's at all)
    assert named_people("Mô hình ở xã Lâm Hóa tên là gì?") == []
    assert named_people("Mô hình ở Lâm Hóa tên là gì?") == ["Lâm Hóa"]  # bare, still kept out of the person boost
    hits = HybridSearcher(hash_index, HashEmbedder()).search("Mô hình ở xã Lâm Hóa tên là gì?", 5).hits
    assert hits and not any(b.startswith("person") for h in hits for b in h.boosts)
    assert any(b == "place lam hoa" for h in hits for b in h.boosts)


@pytest.mark.parametrize("sentence, back", [
    # VNTC PL_VNE_T_(1803): the nickname is in the sentence before
    ("Bà \"trùm\" này tên thật là Nguyễn Thị Kim Hạnh, một trong những người đứng ra tổ chức đường dây này.", True),
    # VNTC PL_VNE_T_(443): who "ông" is, after a date
    ("Ngày 12/9/1994, ông bị Công an thành phố Mỹ Tho khởi tố về hành vi gây rối trật tự công cộng.", True),
    ("Năm 2000 con số này tăng lên gấp đôi.", True),
    ("Ông Dương Quốc Hà được bổ nhiệm làm Giám đốc.", False),  # named in full
    ("Ngày 12/9/1994, Công an thành phố Mỹ Tho khởi tố ông Nguyễn Công Ơi.", False),
])
def test_refers_back_after_a_date_and_over_quotes(sentence, back):
    from retrieval.hybrid import refers_back

    assert refers_back(sentence) is back
