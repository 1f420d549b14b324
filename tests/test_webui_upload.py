"""Uploads: names cannot escape the upload folder; size, format and empty files get clear messages."""
import pytest

from webui.upload import sanitize_filename, stage_uploads


@pytest.mark.parametrize("name, expected", [
    ("../../etc/passwd", "passwd"),
    ("..\\..\\Windows\\báo cáo.docx", "báo cáo.docx"),
    ("/abs/path/Báo cáo năm 2021.pdf", "Báo cáo năm 2021.pdf"),
    (".bashrc", "bashrc"),
    ("..", "tai-lieu.txt"),
    ("", "tai-lieu.txt"),
    ("<script>alert(1)</script>.txt", "script_.txt"),  # "/" splits the path
    ("<b onmouseover=x>.txt", "b onmouseover_x_.txt"),
    ("Báo cáo (bản cuối).txt", "Báo cáo _bản cuối_.txt"),
])
def test_sanitize_filename(name, expected):
    assert sanitize_filename(name) == expected


def test_long_names_keep_their_extension():
    name = sanitize_filename("a" * 300 + ".docx")
    assert name.endswith(".docx") and len(name) <= 120


def test_stage_uploads(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    good = src / "u1"
    good.write_text("Năm 2021, tai nạn giao thông giảm 31%.", encoding="utf-8")
    big = src / "u2"
    big.write_bytes(b"x" * 3 * 1024 * 1024)
    empty = src / "u3"
    empty.write_bytes(b"")
    exe = src / "u4"
    exe.write_bytes(b"MZ")
    dest = tmp_path / "uploads"
    staged, rejected = stage_uploads([good, big, empty, exe], dest,
                                     ["../../evil/báo cáo.txt", "lon.txt", "rong.txt", "virus.exe"], max_mb=2)
    assert len(staged) == 1
    assert staged[0].name == "báo cáo.txt" and staged[0].resolve().is_relative_to(dest.resolve())
    assert staged[0].read_text(encoding="utf-8").startswith("Năm 2021")
    reasons = dict(rejected)
    assert "tệp quá lớn (3.0 MB; giới hạn 2 MB)" == reasons["lon.txt"]
    assert reasons["rong.txt"] == "tệp rỗng"
    assert reasons["virus.exe"].startswith("định dạng không hỗ trợ")
