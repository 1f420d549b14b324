"""Rank questions ("đứng thứ mấy") end to end on real VNTC news among the five reports (stand-in embedder:
the figure logic is under test, not the model)."""
from __future__ import annotations

import gzip
import json

import pytest

from retrieval.assistant import Assistant
from tests.conftest import SAMPLES
from tests.fakes import HashEmbedder

RANK_ARTICLES = ["vntc::Test_Full/Phapluat/PL_VNE_T_(764).txt", "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(2667).txt"]


@pytest.fixture(scope="module")
def assistant(shared_dir, tmp_path_factory) -> Assistant:
    news = shared_dir / "data" / "news_vntc.jsonl.gz"
    if not news.is_file():
        pytest.skip(f"{news} not available (the VNTC news corpus of ../shared)")
    with gzip.open(news, "rt", encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if r["doc_id"] in RANK_ARTICLES]
    assert len(rows) == 2
    folder = tmp_path_factory.mktemp("rank-corpus")
    (folder / "news.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    a = Assistant(tmp_path_factory.mktemp("rank-data"))
    a._embedder = HashEmbedder()
    report = a.ingest([SAMPLES, folder / "news.jsonl"])
    assert report.count("added") == 6, report.summary()
    return a


@pytest.mark.parametrize("question, rank, sentence", [
    ("Số người nghiện ở Thái Nguyên đứng thứ mấy cả nước?", "thứ ba", "Số người nghiện ở đây đông, đứng thứ ba cả nước"),
    ("Việt Nam đứng thứ mấy trong số những nước có người làm việc tại Đài Loan?", "thứ 3",
     "Việt Nam đứng thứ 3 trong số những nước có người làm việc tại Đài Loan"),
])
def test_rank_question_leads_with_the_rank_and_quotes_it(assistant, question, rank, sentence):
    ans = assistant.ask(question)
    assert ans.found, ans.answer
    assert ans.answer.split("\n")[0].startswith(rank)
    assert any(sentence in q.text for q in ans.quotes)


def test_counting_question_on_the_same_report_is_not_answered_by_a_rank(assistant):
    ans = assistant.ask("Ở Thái Nguyên bao nhiêu phần trăm thủ phạm là con nghiện?")
    assert ans.found and ans.answer.split("\n")[0].startswith("80%"), ans.answer
    assert all(f["kind"] != "ordinal" for f in ans.figures)
