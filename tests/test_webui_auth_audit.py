"""Optional login lists and the JSON-lines audit log."""
import json
import threading
from datetime import datetime, timezone

import pytest

from webui.audit import append_audit, audit_record
from webui.auth import AuthConfigError, load_users, parse_users


def test_parse_users_file_and_variable_forms():
    assert parse_users("# người dùng\nlanhdao:mật-khẩu:có:hai-chấm\n\n  canbo : 123 \n") == [
        ("lanhdao", "mật-khẩu:có:hai-chấm"), ("canbo", " 123")]
    assert parse_users("a:1,b:2") == [("a", "1"), ("b", "2")]
    assert parse_users("a:1\na:2") == [("a", "2")]  # the last definition wins


@pytest.mark.parametrize("bad", ["khongcohaicham", ":matkhau", "ten:"])
def test_malformed_lines_are_refused(bad):
    with pytest.raises(AuthConfigError, match="dòng 1"):
        parse_users(bad)


def test_load_users(tmp_path):
    assert load_users({}) is None
    f = tmp_path / "users.txt"
    f.write_text("lanhdao:abc\n", encoding="utf-8")
    assert load_users({"VNQA_USERS_FILE": str(f), "VNQA_USERS": "canbo:x"}) == [("lanhdao", "abc"), ("canbo", "x")]
    with pytest.raises(AuthConfigError, match="không tìm thấy"):
        load_users({"VNQA_USERS_FILE": str(tmp_path / "missing.txt")})


def test_audit_lines(tmp_path):
    answer = {"found": True, "sources": [
        {"citation": 1, "doc_id": "000_46187f3b83518a7b", "title": "Sơ kết 03 năm", "highlights": [[1, 5]]},
        {"citation": 1, "doc_id": "000_46187f3b83518a7b", "title": "Sơ kết 03 năm", "highlights": []},
        {"citation": 2, "doc_id": "004_bae18dc72671c5b8", "title": "Tuyên Hóa", "highlights": []}]}
    when = datetime(2026, 11, 22, 7, 0, tzinfo=timezone.utc)
    rec = audit_record("lanhdao", "Còn năm 2021 thì sao?", "Tỷ lệ tội phạm năm 2021 giảm bao nhiêu?", answer, now=when)
    assert rec["time"] == "2026-11-22T07:00:00+00:00" and rec["user"] == "lanhdao"
    assert rec["cited_documents"] == [{"doc_id": "000_46187f3b83518a7b", "title": "Sơ kết 03 năm", "citation": 1}]
    assert audit_record(None, "q", "q", {"sources": []})["user"] == "anonymous"
    path = tmp_path / "logs" / "audit.jsonl"
    threads = [threading.Thread(target=append_audit, args=(path, {**rec, "n": i})) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 20
    rows = [json.loads(x) for x in lines]
    assert sorted(r["n"] for r in rows) == list(range(20))
    assert "Còn năm 2021 thì sao?" in lines[0]  # written as UTF-8, not \\u escapes
