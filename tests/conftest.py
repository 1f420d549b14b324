"""Shared fixtures: paths to the project's shared data, skipped cleanly when absent."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("VNQA_SHARED_DIR", REPO.parent / "shared"))
SAMPLES = REPO / "corpus" / "samples"
# doc ids of the five bundled reports (the file stems)
DAK_TO = "000_46187f3b83518a7b"
SONG_CAU = "001_39d7781fe940ac39"
GIAO_BAN = "002_d7785d41f27099bf"  # Đảng uỷ Công an tỉnh: the online review meeting of 14/01/2022
BO_CONG_AN = "003_482e3ee27822c92f"  # the ministry's review of commune police (2022-06-03)
TUYEN_HOA = "004_bae18dc72671c5b8"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared data folder not found at {SHARED} (set VNQA_SHARED_DIR)")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    d = shared_dir / "seeds"
    if not d.is_dir():
        pytest.skip(f"seed reports not found at {d}")
    return d


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The five sample reports bundled in corpus/samples (copies of ../shared/seeds)."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))}


def vntc_articles(shared_dir: Path, folder: Path, doc_ids) -> Path:
    """Write the real VNTC articles ``doc_ids`` names to ``folder``/news.jsonl (as the shared file has them), for
    a test that ingests a few of them; skip when the news corpus is absent."""
    import gzip

    path = shared_dir / "data" / "news_vntc.jsonl.gz"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    wanted = set(doc_ids)
    out_path = folder / "news.jsonl"
    with gzip.open(path, "rt", encoding="utf-8") as f, open(out_path, "w", encoding="utf-8") as out:
        for line in f:
            if json.loads(line)["doc_id"] in wanted:
                out.write(line)
    return out_path


def vntc_assistant(shared_dir: Path, folder: Path, doc_ids):
    """An Assistant whose index (in ``folder``) holds just the real VNTC articles ``doc_ids`` names."""
    from retrieval.assistant import Assistant

    a = Assistant(folder / "data")
    a.ingest([vntc_articles(shared_dir, folder, doc_ids)])
    return a


def round_fixture(name: str, doc_ids: list[str]):
    """A session fixture called ``name``: an Assistant over the real VNTC articles ``doc_ids`` of one audit round
    (ask only, never ingest)."""

    @pytest.fixture(scope="session", name=name)
    def _assistant(shared_dir, tmp_path_factory):
        return vntc_assistant(shared_dir, tmp_path_factory.mktemp(name), doc_ids)

    return _assistant


TET_4_DAYS = "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(8151).txt"  # "… tai nạn giao thông với 274 vụ" in 4 ngày Tết
TET_6_DAYS = "vntc::Train_Full/Phapluat/PL_NLD_(4533).txt"  # "6 ngày Tết … trung bình một ngày xảy ra 78 vụ"
TEN_MONTHS = "vntc::Test_Full/ChinhtriXahoi/XH_TT_T_(10036).txt"  # "10 tháng đầu năm 2004 … 14.727 vụ tai nạn"
CIVIL_CASES = "vntc::Train_Full/Phapluat/PL_VNE_(789).txt"  # "năm 1990 … 55.000 vụ …; năm 2003 là 130.000 vụ"


# real VNTC articles: six on the Trần Xuân Hà heroin ring, six on damages paid; a digest of short news ("Tin vắn")
# whose third story ends "Các bị cáo phải bồi thường hơn 29 triệu đồng …"; a fraud sentence naming two people
HEROIN_RING = ["vntc::Test_Full/Phapluat/PL_VNE_T_(3013).txt", "vntc::Train_Full/Phapluat/PL_TT_(2257).txt",
               "vntc::Test_Full/Phapluat/PL_NLD_T_(4071).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1253).txt",
               "vntc::Train_Full/Phapluat/PL_TT_(2259).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(672).txt"]
DAMAGES = ["vntc::Test_Full/Phapluat/PL_VNE_T_(726).txt", "vntc::Train_Full/Phapluat/PL_VNE_(648).txt",
           "vntc::Test_Full/Phapluat/PL_VNE_T_(2999).txt", "vntc::Train_Full/Phapluat/PL_VNE_(483).txt",
           "vntc::Test_Full/Phapluat/PL_VNE_T_(2402).txt", "vntc::Train_Full/Phapluat/PL_VNE_(754).txt"]
FRAUD = ["vntc::Train_Full/Phapluat/PL_VNE_(1090).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4026).txt"]


# real VNTC articles each holding an answer a question's kind picks out: a rank in words ("VN vẫn đứng áp chót"),
# where a hostage was taken ("đem về bến đò Sa Bảy"), a body as the doer ("Chi cục thuế … phát hiện hành vi gian
# dối"), where drugs were got from ("mua từ Lào", "có nguồn gốc từ Hồng Kông")
PERC = "vntc::Train_Full/Phapluat/PL_TT_(2103).txt"
HOSTAGE = "vntc::Test_Full/Phapluat/PL_VNE_T_(417).txt"
INVOICES = "vntc::Train_Full/Phapluat/PL_VNE_(1032).txt"
SON_LA_HEROIN = "vntc::Test_Full/Phapluat/PL_TT_T_(3297).txt"
ECSTASY = "vntc::Test_Full/Phapluat/PL_NLD_T_(4249).txt"
# ... "52 cọc móng khu nhà tái định cư A2 Kim Giang" among three more articles on the A2 block's piles ("bốn lồng
# thép"); "Tòa tuyên phạt Bửu 7 năm tù, …; Phong 6 năm tù, Hà 4 năm tù" (another trial than DAMAGES' "Linh và Hà")
A2_PILES = ["vntc::Test_Full/Phapluat/PL_VNE_T_(1299).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3375).txt",
            "vntc::Test_Full/Phapluat/PL_VNE_T_(1020).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1274).txt"]
SEVEN_YEARS = "vntc::Test_Full/Phapluat/PL_VNE_T_(2357).txt"
# "… tiếp tục đưa ông Nguyễn Việt Tiến về trụ sở Bộ Giao thông Vận tải"; "… đưa ông Thôn đến trụ sở công ty" (PMU 18)
TIEN_ARREST = ["vntc::Train_Full/Phapluat/PL_NLD_(3908).txt", "vntc::Train_Full/Phapluat/PL_TN_(3247).txt"]


# twelve real VNTC articles drawn at random (seed 20261205) for a round of questions: a women-trafficking trial
# whose sentences are only in the headline ("Nga 12 năm tù; … Dung 6 năm tù"), "Hồ Văn Bạc … 4 năm 6 tháng tù vì
# tội giao cấu với trẻ em", "15 tên lâm tặc … vây đánh 7 kiểm lâm viên", "tờ trình số 820/ĐLHCM-KD", "ôtô khách
# mang biển 60L-2291", "Ngày 11/5/2003, hôn lễ …", "Thủ tướng yêu cầu Chủ tịch UBND tỉnh Đồng Nai phải …"
RANDOM_ROUND = ["vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(3447).txt", "vntc::Train_Full/Phapluat/PL_NLD_(3878).txt",
                "vntc::Test_Full/Phapluat/PL_VNE_T_(37).txt", "vntc::Train_Full/Phapluat/PL_VNE_(307).txt",
                "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(6843).txt",
                "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(5033).txt",
                "vntc::Train_Full/Phapluat/PL_VNE_(410).txt", "vntc::Train_Full/Phapluat/PL_TN_(2741).txt",
                "vntc::Test_Full/Phapluat/PL_VNE_T_(3140).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(660).txt",
                "vntc::Train_Full/Phapluat/PL_TT_(2118).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1533).txt"]
# ... and ten law articles drawn at random (seed 1205): "… chở 51 bao tải đựng đĩa", "Tổng giá trị trên 8 tỷ đồng",
# "kiểm tra căn nhà số 127 Văn Thân, phường 8, quận 6"
RANDOM_ROUND += ["vntc::Train_Full/Phapluat/PL_VNE_(424).txt", "vntc::Train_Full/Phapluat/PL_VNE_(361).txt",
                "vntc::Train_Full/Phapluat/PL_VNE_(92).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1662).txt",
                "vntc::Test_Full/Phapluat/PL_TN_T_(3775).txt", "vntc::Train_Full/Phapluat/PL_VNE_(834).txt",
                "vntc::Train_Full/Phapluat/PL_NLD_(4823).txt", "vntc::Train_Full/Phapluat/PL_NLD_(3807).txt",
                "vntc::Train_Full/Phapluat/PL_TT_(2550).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1850).txt"]


# a third round: fourteen real VNTC articles drawn at random (ten law, seed 20261206; four others, seed 77): an
# interview ("Theo ông, đâu là nguyên nhân lớn nhất …?" then "- Nguyên nhân chủ quan trước hết là …"), "Chủ mưu vụ
# án được xác định là Nguyễn Thị Chính", "trong đó có 1.190 trường hợp bị đình chỉ thi"
THIRD_ROUND = ["vntc::Test_Full/Phapluat/PL_VNE_T_(412).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1332).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(2435).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1316).txt",
               "vntc::Train_Full/Phapluat/PL_NLD_(4043).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3292).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(1157).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2397).txt",
               "vntc::Train_Full/Phapluat/PL_VNE_(1798).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3350).txt",
               "vntc::Train_Full/ChinhtriXahoi/XH_NLD_(4371).txt", "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(5282).txt",
               "vntc::Train_Full/ChinhtriXahoi/XH_VNE_(326).txt", "vntc::Train_Full/ChinhtriXahoi/XH_VNE_(605).txt"]
# ... and twelve more law articles (seed 1206): "HĐXX đã tuyên 4 án tử hình, 4 án chung thân và 3 án tù có thời
# hạn", "… khiến 3 người thiệt mạng" beside "việc hai người gây ra vụ nổ mìn làm vợ con … thiệt mạng"
THIRD_ROUND += ["vntc::Test_Full/Phapluat/PL_VNE_T_(713).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1345).txt",
                "vntc::Train_Full/Phapluat/PL_VNE_(467).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(457).txt",
                "vntc::Train_Full/Phapluat/PL_NLD_(4711).txt", "vntc::Train_Full/Phapluat/PL_VNE_(792).txt",
                "vntc::Train_Full/Phapluat/PL_TT_(2498).txt", "vntc::Train_Full/Phapluat/PL_NLD_(3998).txt",
                "vntc::Train_Full/Phapluat/PL_VNE_(1467).txt", "vntc::Train_Full/Phapluat/PL_VNE_(353).txt",
                "vntc::Train_Full/Phapluat/PL_NLD_(4500).txt", "vntc::Train_Full/Phapluat/PL_NLD_(3863).txt"]


# real VNTC articles drawn at random in the twelfth session (seeds 5121 and 60606): news whose first sentence is its
# title ("7h sáng 10/4, công an Hà Nội đã tiến hành khám xét quán karaoke Hương Xuân, 74 ngõ Hoàng An 2 …"), a
# sentence pointing back at one quoted on its own, "giấy phép số 405/TM - XNK", "Ông Phạm Tuấn Anh, Chánh toà Kinh
# tế, TAND TP Hà Nội:", "Thủ phạm là một nhóm 6 người do Bùi Văn Nam, Nguyễn Văn Thông cầm đầu."; and the road crash
# of "Thủ phạm là Phạm Hồng Quân" (eleventh session)
FOURTH_ROUND = ["vntc::Train_Full/Phapluat/PL_TN_(3034).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1226).txt",
                "vntc::Test_Full/Phapluat/PL_VNE_T_(2233).txt", "vntc::Train_Full/Phapluat/PL_VNE_(782).txt",
                "vntc::Train_Full/Phapluat/PL_NLD_(4052).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(430).txt",
                "vntc::Test_Full/Phapluat/PL_VNE_T_(647).txt", "vntc::Train_Full/Phapluat/PL_TT_(2011).txt",
                "vntc::Test_Full/Phapluat/PL_VNE_T_(2734).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(895).txt"]
# ... and four more (seed 8080): "22 triệu đồng và một điện thoại di động trị giá 6,5 triệu đồng", "nửa tỷ đồng"
FOURTH_ROUND += ["vntc::Train_Full/Phapluat/PL_NLD_(4302).txt", "vntc::Train_Full/Phapluat/PL_VNE_(81).txt",
                 "vntc::Test_Full/Phapluat/PL_VNE_T_(192).txt", "vntc::Test_Full/Phapluat/PL_NLD_T_(4157).txt"]
# ... and five more (seed 2468): "Công ty TNHH Bái Loan (trụ sở 688 Trần Hưng Đạo, …)", "chỉ với giá 2 triệu đồng/m2",
# "Trong công văn này (số 151 ngày 12-1-2006)", "Tổng số tiền cộng với lãi suất phát sinh lên tới gần 5,2 triệu euro"
FOURTH_ROUND += ["vntc::Train_Full/Phapluat/PL_VNE_(754).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(3245).txt",
                 "vntc::Test_Full/Phapluat/PL_NLD_T_(4367).txt", "vntc::Train_Full/Phapluat/PL_TT_(2193).txt",
                 "vntc::Test_Full/Phapluat/PL_VNE_T_(443).txt"]
# ... and two more (seed 31337): "Hắn cũng đang thụ án 12 năm tù ở Trại giam số 5", "Ba người sống sót là …"
FOURTH_ROUND += ["vntc::Train_Full/Phapluat/PL_VNE_(142).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(3123).txt"]


# twenty more (thirteenth session, seeds 9191 and 5353): "Cô phải đền cháu 3 triệu", "chiếc Dylan (khoảng 100 triệu
# đồng)", "tổng biên chế của TAND các cấp là 12.024, tăng 2.501", "cách đó 70 km", "Phạm Trung Thành (31 tuổi, nhân
# viên Công ty Vận tải dầu khí Việt Nam)", "là nơi Thông hành nghề sửa xe đạp", "Một tháng sau, hắn bị … bắt giữ"
FIFTH_ROUND = ["vntc::Test_Full/Phapluat/PL_VNE_T_(2460).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2973).txt",
               "vntc::Train_Full/Phapluat/PL_VNE_(945).txt", "vntc::Train_Full/Phapluat/PL_VNE_(24).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(1912).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1277).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(574).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2772).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(1176).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1459).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(1708).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(194).txt",
               "vntc::Train_Full/Phapluat/PL_VNE_(574).txt", "vntc::Test_Full/ChinhtriXahoi/XH_NLD_T_(9674).txt",
               "vntc::Train_Full/Phapluat/PL_TT_(1915).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2049).txt",
               "vntc::Test_Full/Phapluat/PL_NLD_T_(4048).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1849).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(3004).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2094).txt"]
# ... and eight more (seed 4747): "Tối 3.3, Cơ quan CSĐT … bắt tạm giam ông Phạm Tiến Dũng", "… về nhà riêng tại số
# 9-IF 1, ngõ 192, phố Thái Thịnh", "trước số nhà 57/4y4 Phạm Văn Chiêu", "… mà Nhung (vợ Sáng) bắt gặp …"
FIFTH_ROUND += ["vntc::Test_Full/Phapluat/PL_TT_T_(3449).txt", "vntc::Train_Full/Phapluat/PL_TN_(3373).txt",
                "vntc::Test_Full/Phapluat/PL_VNE_T_(1296).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1582).txt",
                "vntc::Test_Full/Phapluat/PL_VNE_T_(1063).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4706).txt",
                "vntc::Test_Full/Phapluat/PL_VNE_T_(1233).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1845).txt"]
# ... and three more (seed 8686): "… hưởng lợi 6,3 tỉ đồng và y chia lại cho Nguyễn Văn Dũi 2,1 tỉ đồng", "… kết tôi
# tham ô hơn 71 tỷ, số tiền 13 tỷ đồng …", "vụ "rút ruột" toà nhà 39 Ngô Quyền"
FIFTH_ROUND += ["vntc::Train_Full/Phapluat/PL_NLD_(4717).txt", "vntc::Train_Full/Phapluat/PL_VNE_(557).txt",
                "vntc::Test_Full/Phapluat/PL_VNE_T_(2006).txt"]
# ... and three more (seed 1357): "… bồi thường cho bốn đứa trẻ bị hành hạ là Phúc 5 triệu đồng; …", "với mức lương
# 4-4,5 triệu đồng/người/2 năm", "Sau hơn 10 giờ phẫu thuật, …", "Nếu hai bị cáo này không bồi thường đủ …"
FIFTH_ROUND += ["vntc::Train_Full/Phapluat/PL_NLD_(3857).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2735).txt",
                "vntc::Test_Full/Phapluat/PL_VNE_T_(66).txt"]
# ... and one more (seed 2020): "… mua 16 xe có bồn nước, sáu xe thang chữa cháy cao 32m, 10 máy bơm nước …"
FIFTH_ROUND += ["vntc::Train_Full/ChinhtriXahoi/XH_TT_(3525).txt"]
# ... and three more (seed 7777): "chị N.T.K.N., ngụ ở …", "800.000-1.000.000 đồng/simcard", "Đinh Đức Hiếu (1983) nhập
# bọn với Thịnh" after "Nguyễn Phúc Thịnh (1985, …)"
FIFTH_ROUND += ["vntc::Train_Full/Phapluat/PL_NLD_(4144).txt", "vntc::Train_Full/Phapluat/PL_VNE_(864).txt",
                "vntc::Test_Full/Phapluat/PL_VNE_T_(1406).txt"]


# thirty more (fourteenth session, seeds 4242, 6161, 8282, 9393, 1111, 2727, 3838, 5656, 7171): "phạm nhân Nguyễn
# Tuấn Hải (Hải Bánh )", "trung uý Đào Văn Út (trạm 4) … có hơn 1,2 triệu đồng", "Tại đây có trên 2.100 nấm mồ", "mức
# án lần lượt 22 và 16 năm tù", "khách sạn Tản Đà, số 22-24 Tản Đà", "Phạm Tấn Đạt đã nợ tới 1,3 tỷ", "xe buýt số
# 53N-3635", "(1.404 m2, giá 65 cây vàng)"
SIXTH_ROUND = ["vntc::Test_Full/Phapluat/PL_NLD_T_(4319).txt", "vntc::Train_Full/Phapluat/PL_TT_(2509).txt",
               "vntc::Train_Full/Phapluat/PL_VNE_(1529).txt", "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(912).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(2228).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2324).txt",
               "vntc::Train_Full/Phapluat/PL_NLD_(3991).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1267).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(156).txt", "vntc::Train_Full/Phapluat/PL_NLD_(3739).txt",
               "vntc::Test_Full/Phapluat/PL_TN_T_(3475).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1190).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(1823).txt", "vntc::Train_Full/ChinhtriXahoi/XH_VNE_(376).txt",
               "vntc::Train_Full/Phapluat/PL_NLD_(4736).txt", "vntc::Train_Full/Phapluat/PL_VNE_(902).txt",
               "vntc::Train_Full/Phapluat/PL_NLD_(3997).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2405).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(1912).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1340).txt",
               "vntc::Train_Full/Phapluat/PL_VNE_(1324).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(3120).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(509).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1638).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(354).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1787).txt",
               "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(5041).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2589).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(928).txt", "vntc::Train_Full/Phapluat/PL_TT_(2318).txt"]


# twenty-four more (fifteenth session, seeds 3131, 6464, 2468, 8642, 9753, 1470): "Phạm Anh Vũ, giám đốc Công ty
# Thiên Anh là 4.800 chiếc", "HLV trưởng Nguyễn Thành Vinh, Chủ tịch đội Đông Á, ông Đặng Phước Dừa", "Nguyễn Thị Hạnh
# (chủ mưu vụ án)", "17.952 chiếc ĐTDĐ", "Bà "trùm" này tên thật là …", "cựu luật sư này đã chiếm đoạt hơn 4,5 tỷ
# đồng và 60.000 USD", "bà Angelique Buu Thai, kiều bào Mỹ làm giám đốc"
SEVENTH_ROUND = ["vntc::Train_Full/Phapluat/PL_TT_(2700).txt", "vntc::Train_Full/Phapluat/PL_VNE_(6).txt",
                 "vntc::Test_Full/Phapluat/PL_VNE_T_(2164).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2403).txt",
                 "vntc::Train_Full/Phapluat/PL_VNE_(1777).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(747).txt",
                 "vntc::Train_Full/Phapluat/PL_TN_(3252).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1803).txt",
                 "vntc::Test_Full/Phapluat/PL_NLD_T_(4367).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(443).txt",
                 "vntc::Test_Full/Phapluat/PL_VNE_T_(2767).txt", "vntc::Test_Full/Phapluat/PL_TN_T_(3623).txt",
                 "vntc::Test_Full/Phapluat/PL_VNE_T_(996).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1210).txt",
                 "vntc::Test_Full/Phapluat/PL_VNE_T_(1918).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1391).txt",
                 "vntc::Test_Full/Phapluat/PL_VNE_T_(3055).txt", "vntc::Test_Full/Phapluat/PL_NLD_T_(4237).txt",
                 "vntc::Test_Full/Phapluat/PL_VNE_T_(359).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2808).txt",
                 "vntc::Test_Full/Phapluat/PL_VNE_T_(1307).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1691).txt",
                 "vntc::Test_Full/Phapluat/PL_VNE_T_(1759).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(3111).txt"]


EIGHTH_ROUND = ["vntc::Train_Full/Phapluat/PL_NLD_(4037).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1974).txt",
                "vntc::Test_Full/Phapluat/PL_VNE_T_(1920).txt", "vntc::Train_Full/Phapluat/PL_TN_(3595).txt",
                "vntc::Train_Full/Phapluat/PL_VNE_(1166).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1159).txt",
                "vntc::Train_Full/Phapluat/PL_NLD_(3836).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1408).txt",
                "vntc::Test_Full/Phapluat/PL_VNE_T_(2694).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1561).txt",
                "vntc::Test_Full/Phapluat/PL_VNE_T_(978).txt", "vntc::Train_Full/Phapluat/PL_VNE_(388).txt",
                "vntc::Test_Full/Phapluat/PL_VNE_T_(2599).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4647).txt",
                "vntc::Test_Full/Phapluat/PL_VNE_T_(120).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3155).txt",
                "vntc::Test_Full/Phapluat/PL_VNE_T_(1112).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4195).txt",
                "vntc::Train_Full/Phapluat/PL_VNE_(882).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4602).txt",
                "vntc::Test_Full/Phapluat/PL_VNE_T_(1189).txt"]


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 1732)
FORTY_SIXTH_ROUND = ["vntc::Test_Full/Phapluat/PL_VNE_T_(1927).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3272).txt",
                     "vntc::Train_Full/Phapluat/PL_VNE_(1308).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2421).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(2593).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4609).txt",
                     "vntc::Train_Full/Phapluat/PL_VNE_(928).txt", "vntc::Train_Full/Phapluat/PL_TT_(2598).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(330).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(771).txt",
                     "vntc::Train_Full/Phapluat/PL_VNE_(196).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1017).txt",
                     "vntc::Train_Full/ChinhtriXahoi/XH_NLD_(4431).txt", "vntc::Train_Full/Phapluat/PL_VNE_(305).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(281).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(287).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(256).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(372).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(323).txt", "vntc::Train_Full/Phapluat/PL_VNE_(32).txt"]
forty_sixth_round = round_fixture("forty_sixth_round", FORTY_SIXTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 2357)
FORTY_FIFTH_ROUND = ["vntc::Train_Full/Phapluat/PL_NLD_(4615).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2604).txt",
                     "vntc::Train_Full/Phapluat/PL_VNE_(427).txt", "vntc::Train_Full/Phapluat/PL_TN_(2821).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(1663).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1242).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(2698).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(12).txt",
                     "vntc::Train_Full/Phapluat/PL_NLD_(4709).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2015).txt",
                     "vntc::Train_Full/Phapluat/PL_VNE_(786).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2153).txt",
                     "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(9155).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4288).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(2933).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3403).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(1348).txt", "vntc::Train_Full/Phapluat/PL_VNE_(325).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(665).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1636).txt"]
forty_fifth_round = round_fixture("forty_fifth_round", FORTY_FIFTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 1618)
FORTY_FOURTH_ROUND = ["vntc::Train_Full/Phapluat/PL_VNE_(902).txt", "vntc::Train_Full/Phapluat/PL_TT_(2366).txt",
                      "vntc::Test_Full/Phapluat/PL_TN_T_(3631).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2377).txt",
                      "vntc::Train_Full/Phapluat/PL_TT_(2388).txt", "vntc::Train_Full/Phapluat/PL_TT_(2222).txt",
                      "vntc::Train_Full/Phapluat/PL_VNE_(155).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(347).txt",
                      "vntc::Test_Full/Phapluat/PL_TT_T_(3167).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2975).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(2969).txt", "vntc::Test_Full/Phapluat/PL_TN_T_(3500).txt",
                      "vntc::Train_Full/Phapluat/PL_NLD_(3858).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(282).txt",
                      "vntc::Train_Full/Phapluat/PL_NLD_(4166).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(897).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(1288).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1777).txt",
                      "vntc::Train_Full/Phapluat/PL_NLD_(4441).txt", "vntc::Train_Full/Phapluat/PL_TN_(3681).txt"]
forty_fourth_round = round_fixture("forty_fourth_round", FORTY_FOURTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 2718)
FORTY_THIRD_ROUND = ["vntc::Test_Full/Phapluat/PL_VNE_T_(1671).txt",
                     "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(2959).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(248).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(210).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1604).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(1593).txt", "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(128).txt",
                     "vntc::Train_Full/Phapluat/PL_TT_(2365).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2620).txt",
                     "vntc::Test_Full/Phapluat/PL_TT_T_(3175).txt", "vntc::Train_Full/Phapluat/PL_VNE_(613).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(1794).txt",
                     "vntc::Test_Full/ChinhtriXahoi/XH_TT_T_(10332).txt", "vntc::Train_Full/Phapluat/PL_TN_(2955).txt",
                     "vntc::Train_Full/Phapluat/PL_NLD_(4263).txt", "vntc::Train_Full/ChinhtriXahoi/XH_TN_(1603).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(2220).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4607).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(1337).txt", "vntc::Train_Full/Phapluat/PL_TT_(2355).txt"]
forty_third_round = round_fixture("forty_third_round", FORTY_THIRD_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 3141)
FORTY_SECOND_ROUND = ["vntc::Test_Full/Phapluat/PL_VNE_T_(2919).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2634).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(1657).txt", "vntc::Train_Full/Phapluat/PL_TT_(2638).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(780).txt", "vntc::Train_Full/Phapluat/PL_TN_(3180).txt",
                      "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(6809).txt", "vntc::Train_Full/Phapluat/PL_VNE_(975).txt",
                      "vntc::Test_Full/Phapluat/PL_TN_T_(3801).txt", "vntc::Train_Full/Phapluat/PL_TT_(2523).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(2795).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2508).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(2561).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(617).txt",
                      "vntc::Train_Full/Phapluat/PL_TT_(1972).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3148).txt",
                      "vntc::Train_Full/Phapluat/PL_NLD_(3878).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(405).txt",
                      "vntc::Train_Full/Phapluat/PL_NLD_(3750).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2777).txt"]
forty_second_round = round_fixture("forty_second_round", FORTY_SECOND_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 4477)
FORTY_FIRST_ROUND = ["vntc::Test_Full/Phapluat/PL_NLD_T_(4338).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2652).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(2233).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(215).txt",
                     "vntc::Test_Full/Phapluat/PL_TN_T_(3851).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1818).txt",
                     "vntc::Train_Full/Phapluat/PL_NLD_(4612).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(893).txt",
                     "vntc::Train_Full/Phapluat/PL_TN_(3116).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1733).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(2902).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2219).txt",
                     "vntc::Train_Full/Phapluat/PL_VNE_(1546).txt", "vntc::Train_Full/ChinhtriXahoi/XH_NLD_(4986).txt",
                     "vntc::Train_Full/Phapluat/PL_NLD_(4314).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(134).txt",
                     "vntc::Train_Full/Phapluat/PL_TT_(2256).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4808).txt",
                     "vntc::Test_Full/Phapluat/PL_NLD_T_(4157).txt", "vntc::Train_Full/Phapluat/PL_TN_(3557).txt"]
forty_first_round = round_fixture("forty_first_round", FORTY_FIRST_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 9876)
FORTIETH_ROUND = ["vntc::Test_Full/Phapluat/PL_VNE_T_(2552).txt", "vntc::Test_Full/Phapluat/PL_TN_T_(3673).txt",
                  "vntc::Train_Full/Phapluat/PL_VNE_(1845).txt", "vntc::Train_Full/Phapluat/PL_TT_(2388).txt",
                  "vntc::Test_Full/Phapluat/PL_VNE_T_(802).txt", "vntc::Train_Full/Phapluat/PL_TN_(3715).txt",
                  "vntc::Train_Full/Phapluat/PL_NLD_(4343).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2332).txt",
                  "vntc::Train_Full/Phapluat/PL_VNE_(1499).txt", "vntc::Train_Full/Phapluat/PL_NLD_(3819).txt",
                  "vntc::Train_Full/Phapluat/PL_TN_(3197).txt", "vntc::Train_Full/Phapluat/PL_VNE_(310).txt",
                  "vntc::Train_Full/Phapluat/PL_TN_(3132).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(459).txt",
                  "vntc::Test_Full/Phapluat/PL_VNE_T_(1646).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1167).txt",
                  "vntc::Train_Full/Phapluat/PL_VNE_(977).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1802).txt",
                  "vntc::Test_Full/Phapluat/PL_NLD_T_(4358).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(385).txt"]
fortieth_round = round_fixture("fortieth_round", FORTIETH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 5757)
THIRTY_NINTH_ROUND = ["vntc::Train_Full/Phapluat/PL_TN_(2843).txt", "vntc::Train_Full/Phapluat/PL_TT_(2436).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(3230).txt", "vntc::Train_Full/Phapluat/PL_TT_(2418).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(3010).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1562).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(2676).txt", "vntc::Train_Full/Phapluat/PL_TT_(2593).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(1967).txt", "vntc::Train_Full/Phapluat/PL_VNE_(111).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(3078).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1148).txt",
                      "vntc::Train_Full/Phapluat/PL_NLD_(3891).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(359).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(987).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1436).txt",
                      "vntc::Train_Full/Phapluat/PL_VNE_(1074).txt", "vntc::Train_Full/Phapluat/PL_VNE_(29).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(314).txt", "vntc::Train_Full/Phapluat/PL_VNE_(875).txt"]
thirty_ninth_round = round_fixture("thirty_ninth_round", THIRTY_NINTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 3434)
THIRTY_EIGHTH_ROUND = ["vntc::Test_Full/Phapluat/PL_VNE_T_(2049).txt", "vntc::Train_Full/Phapluat/PL_VNE_(286).txt",
                       "vntc::Train_Full/Phapluat/PL_NLD_(4294).txt", "vntc::Train_Full/Phapluat/PL_VNE_(310).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(418).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(20).txt",
                       "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(2926).txt",
                       "vntc::Test_Full/Phapluat/PL_TT_T_(3384).txt", "vntc::Train_Full/Phapluat/PL_TN_(2948).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(925).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(3014).txt",
                       "vntc::Train_Full/Phapluat/PL_NLD_(4068).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2632).txt",
                       "vntc::Train_Full/Phapluat/PL_VNE_(714).txt", "vntc::Train_Full/Phapluat/PL_TT_(2469).txt",
                       "vntc::Train_Full/Phapluat/PL_VNE_(1479).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(591).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(769).txt", "vntc::Test_Full/Phapluat/PL_TN_T_(3669).txt",
                       "vntc::Test_Full/Phapluat/PL_TN_T_(3514).txt"]
thirty_eighth_round = round_fixture("thirty_eighth_round", THIRTY_EIGHTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 2121)
THIRTY_SEVENTH_ROUND = ["vntc::Train_Full/Phapluat/PL_TT_(1983).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1349).txt",
                        "vntc::Test_Full/Phapluat/PL_NLD_T_(3974).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4300).txt",
                        "vntc::Test_Full/Phapluat/PL_VNE_T_(2305).txt", "vntc::Train_Full/Phapluat/PL_TT_(2542).txt",
                        "vntc::Train_Full/Phapluat/PL_TT_(1920).txt", "vntc::Train_Full/Phapluat/PL_TN_(3684).txt",
                        "vntc::Train_Full/Phapluat/PL_TN_(3557).txt", "vntc::Train_Full/Phapluat/PL_TN_(3511).txt",
                        "vntc::Test_Full/Phapluat/PL_VNE_T_(405).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4299).txt",
                        "vntc::Train_Full/Phapluat/PL_NLD_(3837).txt",
                        "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(76).txt",
                        "vntc::Test_Full/Phapluat/PL_VNE_T_(2977).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1893).txt",
                        "vntc::Test_Full/Phapluat/PL_VNE_T_(723).txt", "vntc::Train_Full/Phapluat/PL_VNE_(878).txt",
                        "vntc::Test_Full/Phapluat/PL_TT_T_(3290).txt", "vntc::Train_Full/Phapluat/PL_TN_(2955).txt"]
thirty_seventh_round = round_fixture("thirty_seventh_round", THIRTY_SEVENTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 6543)
THIRTY_SIXTH_ROUND = ["vntc::Train_Full/Phapluat/PL_VNE_(993).txt", "vntc::Train_Full/Phapluat/PL_TT_(2439).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(2101).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4597).txt",
                      "vntc::Train_Full/Phapluat/PL_NLD_(4332).txt", "vntc::Train_Full/Phapluat/PL_VNE_(412).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(1764).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(200).txt",
                      "vntc::Train_Full/Phapluat/PL_VNE_(583).txt", "vntc::Train_Full/Phapluat/PL_VNE_(622).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(112).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1439).txt",
                      "vntc::Test_Full/Phapluat/PL_TT_T_(3325).txt", "vntc::Train_Full/Phapluat/PL_TT_(2655).txt",
                      "vntc::Train_Full/Phapluat/PL_VNE_(464).txt", "vntc::Train_Full/Phapluat/PL_VNE_(371).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(3257).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(854).txt",
                      "vntc::Train_Full/Phapluat/PL_TT_(2535).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4324).txt"]
thirty_sixth_round = round_fixture("thirty_sixth_round", THIRTY_SIXTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 4321)
THIRTY_FIFTH_ROUND = ["vntc::Test_Full/Phapluat/PL_VNE_T_(1983).txt", "vntc::Test_Full/Phapluat/PL_NLD_T_(4282).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(386).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4689).txt",
                      "vntc::Test_Full/Phapluat/PL_TN_T_(3441).txt", "vntc::Train_Full/Phapluat/PL_TT_(2476).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(1329).txt", "vntc::Train_Full/Phapluat/PL_VNE_(486).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(2902).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3210).txt",
                      "vntc::Train_Full/Phapluat/PL_TT_(2066).txt", "vntc::Train_Full/Phapluat/PL_VNE_(753).txt",
                      "vntc::Test_Full/Phapluat/PL_NLD_T_(4068).txt", "vntc::Train_Full/Phapluat/PL_TN_(3394).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(1409).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1735).txt",
                      "vntc::Test_Full/Phapluat/PL_NLD_T_(4239).txt", "vntc::Train_Full/ChinhtriXahoi/XH_TN_(1550).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(2281).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(412).txt"]
thirty_fifth_round = round_fixture("thirty_fifth_round", THIRTY_FIFTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 8787)
THIRTY_FOURTH_ROUND = ["vntc::Test_Full/Phapluat/PL_VNE_T_(3033).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2219).txt",
                       "vntc::Test_Full/Phapluat/PL_TN_T_(3485).txt", "vntc::Train_Full/Phapluat/PL_TN_(3225).txt",
                       "vntc::Train_Full/Phapluat/PL_NLD_(3938).txt",
                       "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(2303).txt",
                       "vntc::Train_Full/Phapluat/PL_NLD_(4734).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(817).txt",
                       "vntc::Train_Full/Phapluat/PL_VNE_(733).txt", "vntc::Train_Full/Phapluat/PL_TN_(3448).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(21).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(484).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(1261).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(457).txt",
                       "vntc::Train_Full/Phapluat/PL_TN_(3582).txt", "vntc::Test_Full/Phapluat/PL_TN_T_(3880).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(1630).txt", "vntc::Train_Full/Phapluat/PL_VNE_(744).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(855).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4549).txt"]
thirty_fourth_round = round_fixture("thirty_fourth_round", THIRTY_FOURTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 6767)
THIRTY_THIRD_ROUND = ["vntc::Train_Full/Phapluat/PL_VNE_(769).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2272).txt",
                      "vntc::Train_Full/Phapluat/PL_VNE_(1617).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3397).txt",
                      "vntc::Train_Full/Phapluat/PL_TT_(1903).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4277).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(2520).txt",
                      "vntc::Train_Full/ChinhtriXahoi/XH_NLD_(4518).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3195).txt",
                      "vntc::Train_Full/Phapluat/PL_VNE_(1376).txt", "vntc::Train_Full/Phapluat/PL_TT_(1928).txt",
                      "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(5282).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(2079).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2063).txt",
                      "vntc::Train_Full/Phapluat/PL_NLD_(3911).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1594).txt",
                      "vntc::Test_Full/Phapluat/PL_TN_T_(3441).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4576).txt",
                      "vntc::Test_Full/Phapluat/PL_NLD_T_(4363).txt", "vntc::Train_Full/Phapluat/PL_NLD_(3932).txt"]
thirty_third_round = round_fixture("thirty_third_round", THIRTY_THIRD_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 5454)
THIRTY_SECOND_ROUND = ["vntc::Test_Full/Phapluat/PL_VNE_T_(116).txt", "vntc::Train_Full/Phapluat/PL_TT_(1886).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(319).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2107).txt",
                       "vntc::Train_Full/Phapluat/PL_NLD_(4322).txt", "vntc::Train_Full/Phapluat/PL_VNE_(406).txt",
                       "vntc::Train_Full/Phapluat/PL_TN_(3541).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(884).txt",
                       "vntc::Train_Full/ChinhtriXahoi/XH_VNE_(1273).txt",
                       "vntc::Test_Full/ChinhtriXahoi/XH_NLD_T_(9674).txt",
                       "vntc::Train_Full/Phapluat/PL_VNE_(235).txt", "vntc::Train_Full/Phapluat/PL_TT_(1967).txt",
                       "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(2110).txt",
                       "vntc::Train_Full/Phapluat/PL_VNE_(897).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3267).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(2981).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1353).txt",
                       "vntc::Test_Full/Phapluat/PL_TT_T_(3193).txt", "vntc::Train_Full/Phapluat/PL_TN_(3599).txt",
                       "vntc::Train_Full/Phapluat/PL_VNE_(1143).txt"]
thirty_second_round = round_fixture("thirty_second_round", THIRTY_SECOND_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 7575)
THIRTY_FIRST_ROUND = ["vntc::Test_Full/Phapluat/PL_TT_T_(3319).txt",
                      "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(2338).txt",
                      "vntc::Test_Full/Phapluat/PL_TN_T_(3622).txt", "vntc::Train_Full/Phapluat/PL_VNE_(820).txt",
                      "vntc::Test_Full/Phapluat/PL_TT_T_(3445).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2429).txt",
                      "vntc::Test_Full/Phapluat/PL_TN_T_(3633).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1754).txt",
                      "vntc::Train_Full/Phapluat/PL_NLD_(4632).txt", "vntc::Train_Full/Phapluat/PL_VNE_(544).txt",
                      "vntc::Test_Full/Phapluat/PL_TN_T_(3764).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3298).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(2882).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1853).txt",
                      "vntc::Test_Full/Phapluat/PL_TT_T_(3326).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1499).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(741).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2183).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(2244).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(3105).txt"]
thirty_first_round = round_fixture("thirty_first_round", THIRTY_FIRST_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 4646)
THIRTIETH_ROUND = ["vntc::Test_Full/Phapluat/PL_VNE_T_(2737).txt", "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(5282).txt",
                   "vntc::Test_Full/Phapluat/PL_VNE_T_(792).txt", "vntc::Train_Full/Phapluat/PL_TN_(3050).txt",
                   "vntc::Train_Full/Phapluat/PL_NLD_(4144).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2726).txt",
                   "vntc::Test_Full/Phapluat/PL_VNE_T_(1440).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(560).txt",
                   "vntc::Test_Full/Phapluat/PL_VNE_T_(3072).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3405).txt",
                   "vntc::Test_Full/Phapluat/PL_VNE_T_(153).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1743).txt",
                   "vntc::Train_Full/Phapluat/PL_NLD_(3786).txt", "vntc::Train_Full/Phapluat/PL_VNE_(225).txt",
                   "vntc::Train_Full/Phapluat/PL_TT_(2482).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2295).txt",
                   "vntc::Test_Full/Phapluat/PL_VNE_T_(714).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1265).txt",
                   "vntc::Train_Full/Phapluat/PL_VNE_(518).txt", "vntc::Train_Full/Phapluat/PL_TT_(1998).txt"]
thirtieth_round = round_fixture("thirtieth_round", THIRTIETH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 8383)
TWENTY_NINTH_ROUND = ["vntc::Train_Full/Phapluat/PL_TN_(3491).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2664).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(1284).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(3249).txt",
                      "vntc::Train_Full/Phapluat/PL_NLD_(3761).txt", "vntc::Train_Full/Phapluat/PL_TN_(3301).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(282).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1158).txt",
                      "vntc::Train_Full/Phapluat/PL_VNE_(1325).txt", "vntc::Train_Full/Phapluat/PL_TT_(2693).txt",
                      "vntc::Train_Full/Phapluat/PL_VNE_(1296).txt", "vntc::Test_Full/Phapluat/PL_TN_T_(3855).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(2994).txt", "vntc::Test_Full/Phapluat/PL_TN_T_(3622).txt",
                      "vntc::Train_Full/ChinhtriXahoi/XH_TT_(3231).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1641).txt",
                      "vntc::Test_Full/Phapluat/PL_TT_T_(3202).txt", "vntc::Test_Full/Phapluat/PL_TN_T_(3620).txt",
                      "vntc::Train_Full/Phapluat/PL_VNE_(1303).txt", "vntc::Train_Full/Phapluat/PL_TT_(2264).txt"]
twenty_ninth_round = round_fixture("twenty_ninth_round", TWENTY_NINTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 7272)
TWENTY_EIGHTH_ROUND = ["vntc::Test_Full/Phapluat/PL_VNE_T_(351).txt", "vntc::Test_Full/Phapluat/PL_TN_T_(3565).txt",
                       "vntc::Train_Full/Phapluat/PL_NLD_(3872).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(179).txt",
                       "vntc::Train_Full/Phapluat/PL_VNE_(1476).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2917).txt",
                       "vntc::Train_Full/Phapluat/PL_TT_(2215).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2256).txt",
                       "vntc::Test_Full/Phapluat/PL_TN_T_(3490).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1764).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(2565).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2712).txt",
                       "vntc::Train_Full/Phapluat/PL_VNE_(1517).txt", "vntc::Train_Full/Phapluat/PL_TN_(3688).txt",
                       "vntc::Test_Full/Phapluat/PL_TT_T_(3428).txt", "vntc::Train_Full/Phapluat/PL_VNE_(458).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(1430).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(171).txt",
                       "vntc::Train_Full/ChinhtriXahoi/XH_TT_(3275).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(3009).txt"]
twenty_eighth_round = round_fixture("twenty_eighth_round", TWENTY_EIGHTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 6565)
TWENTY_SEVENTH_ROUND = ["vntc::Train_Full/Phapluat/PL_VNE_(969).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1209).txt",
                        "vntc::Test_Full/Phapluat/PL_VNE_T_(870).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3221).txt",
                        "vntc::Test_Full/Phapluat/PL_VNE_T_(1693).txt", "vntc::Train_Full/Phapluat/PL_VNE_(439).txt",
                        "vntc::Test_Full/Phapluat/PL_VNE_T_(2635).txt", "vntc::Train_Full/Phapluat/PL_TT_(1960).txt",
                        "vntc::Test_Full/Phapluat/PL_TT_T_(3267).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(3).txt",
                        "vntc::Train_Full/Phapluat/PL_NLD_(4699).txt", "vntc::Test_Full/Phapluat/PL_NLD_T_(4077).txt",
                        "vntc::Train_Full/Phapluat/PL_VNE_(1431).txt", "vntc::Test_Full/Phapluat/PL_TN_T_(3531).txt",
                        "vntc::Train_Full/Phapluat/PL_VNE_(549).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3348).txt",
                        "vntc::Test_Full/Phapluat/PL_VNE_T_(1165).txt", "vntc::Train_Full/Phapluat/PL_TT_(2487).txt",
                        "vntc::Train_Full/Phapluat/PL_NLD_(4549).txt", "vntc::Train_Full/Phapluat/PL_TT_(2335).txt"]
twenty_seventh_round = round_fixture("twenty_seventh_round", TWENTY_SEVENTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 5050)
TWENTY_SIXTH_ROUND = ["vntc::Train_Full/Phapluat/PL_NLD_(4076).txt", "vntc::Test_Full/Phapluat/PL_TN_T_(3487).txt",
                      "vntc::Test_Full/Phapluat/PL_TT_T_(3096).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(3106).txt",
                      "vntc::Train_Full/Phapluat/PL_TN_(3265).txt", "vntc::Train_Full/Phapluat/PL_TT_(2405).txt",
                      "vntc::Train_Full/Phapluat/PL_VNE_(1538).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(84).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(1545).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1175).txt",
                      "vntc::Train_Full/Phapluat/PL_TT_(2688).txt", "vntc::Train_Full/Phapluat/PL_VNE_(716).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(2850).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2856).txt",
                      "vntc::Train_Full/Phapluat/PL_VNE_(607).txt", "vntc::Train_Full/Phapluat/PL_VNE_(676).txt",
                      "vntc::Train_Full/Phapluat/PL_TT_(1926).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4670).txt",
                      "vntc::Train_Full/Phapluat/PL_VNE_(455).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2235).txt"]
twenty_sixth_round = round_fixture("twenty_sixth_round", TWENTY_SIXTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 3939)
TWENTY_FIFTH_ROUND = ["vntc::Test_Full/Phapluat/PL_VNE_T_(2614).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(623).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(3085).txt", "vntc::Test_Full/Phapluat/PL_NLD_T_(4266).txt",
                      "vntc::Train_Full/Phapluat/PL_TN_(3154).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2433).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(652).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1028).txt",
                      "vntc::Train_Full/Phapluat/PL_NLD_(3734).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1423).txt",
                      "vntc::Train_Full/Phapluat/PL_TT_(1955).txt", "vntc::Train_Full/Phapluat/PL_TT_(2454).txt",
                      "vntc::Train_Full/Phapluat/PL_TN_(3312).txt", "vntc::Test_Full/Phapluat/PL_TN_T_(3884).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(2595).txt", "vntc::Train_Full/Phapluat/PL_VNE_(403).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(308).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2837).txt",
                      "vntc::Test_Full/Phapluat/PL_NLD_T_(3932).txt", "vntc::Train_Full/Phapluat/PL_TT_(1880).txt"]
twenty_fifth_round = round_fixture("twenty_fifth_round", TWENTY_FIFTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 2828)
TWENTY_FOURTH_ROUND = ["vntc::Test_Full/Phapluat/PL_VNE_T_(542).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(955).txt",
                       "vntc::Test_Full/ChinhtriXahoi/XH_TN_T_(8356).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(2692).txt", "vntc::Train_Full/Phapluat/PL_NLD_(3855).txt",
                       "vntc::Train_Full/Phapluat/PL_VNE_(446).txt", "vntc::Train_Full/Phapluat/PL_VNE_(782).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(2556).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4221).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(2034).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4497).txt",
                       "vntc::Train_Full/Phapluat/PL_VNE_(488).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3090).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(2137).txt", "vntc::Train_Full/Phapluat/PL_TN_(3226).txt",
                       "vntc::Train_Full/Phapluat/PL_NLD_(4128).txt", "vntc::Train_Full/Phapluat/PL_VNE_(499).txt",
                       "vntc::Train_Full/Phapluat/PL_NLD_(4101).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3386).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(2612).txt"]
twenty_fourth_round = round_fixture("twenty_fourth_round", TWENTY_FOURTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 6868)
TWENTY_THIRD_ROUND = ["vntc::Train_Full/Phapluat/PL_TT_(2026).txt", "vntc::Train_Full/Phapluat/PL_VNE_(444).txt",
                      "vntc::Train_Full/Phapluat/PL_NLD_(4614).txt", "vntc::Train_Full/Phapluat/PL_VNE_(901).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(2896).txt", "vntc::Train_Full/Phapluat/PL_TT_(2449).txt",
                      "vntc::Train_Full/Phapluat/PL_NLD_(3876).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3298).txt",
                      "vntc::Test_Full/Phapluat/PL_TT_T_(3241).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(935).txt",
                      "vntc::Train_Full/Phapluat/PL_TN_(3619).txt", "vntc::Train_Full/Phapluat/PL_VNE_(196).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(455).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(970).txt",
                      "vntc::Train_Full/ChinhtriXahoi/XH_VNE_(1145).txt", "vntc::Train_Full/Phapluat/PL_NLD_(3886).txt",
                      "vntc::Train_Full/Phapluat/PL_VNE_(1394).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(671).txt",
                      "vntc::Train_Full/Phapluat/PL_NLD_(3828).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(293).txt"]
twenty_third_round = round_fixture("twenty_third_round", TWENTY_THIRD_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 9595)
TWENTY_SECOND_ROUND = ["vntc::Train_Full/Phapluat/PL_VNE_(816).txt", "vntc::Test_Full/Phapluat/PL_NLD_T_(4256).txt",
                       "vntc::Train_Full/Phapluat/PL_VNE_(1194).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2385).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(1445).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1195).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(2722).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1681).txt",
                       "vntc::Train_Full/Phapluat/PL_NLD_(4001).txt",
                       "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(7341).txt",
                       "vntc::Train_Full/Phapluat/PL_VNE_(1245).txt", "vntc::Test_Full/Phapluat/PL_NLD_T_(4308).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(1393).txt", "vntc::Train_Full/Phapluat/PL_TN_(2964).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(1561).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1355).txt",
                       "vntc::Train_Full/Phapluat/PL_TN_(3248).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2723).txt",
                       "vntc::Test_Full/Phapluat/PL_VNE_T_(736).txt",
                       "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(4667).txt"]
twenty_second_round = round_fixture("twenty_second_round", TWENTY_SECOND_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 8484)
TWENTY_FIRST_ROUND = ["vntc::Test_Full/Phapluat/PL_VNE_T_(100).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2536).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(1331).txt", "vntc::Test_Full/Phapluat/PL_TN_T_(3466).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(2847).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3092).txt",
                      "vntc::Train_Full/Phapluat/PL_TT_(2038).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1012).txt",
                      "vntc::Train_Full/Phapluat/PL_VNE_(1387).txt", "vntc::Train_Full/Phapluat/PL_VNE_(874).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(726).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2809).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(1711).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4241).txt",
                      "vntc::Train_Full/Phapluat/PL_TN_(3729).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4134).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(2814).txt", "vntc::Train_Full/Phapluat/PL_VNE_(296).txt",
                      "vntc::Test_Full/Phapluat/PL_VNE_T_(893).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4434).txt"]
twenty_first_round = round_fixture("twenty_first_round", TWENTY_FIRST_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 7373)
TWENTIETH_ROUND = ["vntc::Test_Full/Phapluat/PL_VNE_T_(2732).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4706).txt",
                   "vntc::Train_Full/Phapluat/PL_VNE_(155).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4287).txt",
                   "vntc::Test_Full/Phapluat/PL_VNE_T_(767).txt", "vntc::Test_Full/Phapluat/PL_NLD_T_(4235).txt",
                   "vntc::Train_Full/Phapluat/PL_VNE_(1164).txt", "vntc::Train_Full/Phapluat/PL_VNE_(380).txt",
                   "vntc::Test_Full/Phapluat/PL_VNE_T_(1220).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1298).txt",
                   "vntc::Test_Full/Phapluat/PL_VNE_T_(969).txt", "vntc::Train_Full/Phapluat/PL_NLD_(3764).txt",
                   "vntc::Test_Full/Phapluat/PL_VNE_T_(14).txt", "vntc::Train_Full/Phapluat/PL_TN_(3719).txt",
                   "vntc::Train_Full/Phapluat/PL_TT_(2020).txt", "vntc::Test_Full/Phapluat/PL_NLD_T_(4110).txt",
                   "vntc::Train_Full/Phapluat/PL_VNE_(1556).txt", "vntc::Train_Full/Phapluat/PL_TT_(2225).txt",
                   "vntc::Train_Full/Phapluat/PL_VNE_(1490).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4237).txt"]
twentieth_round = round_fixture("twentieth_round", TWENTIETH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 6262)
NINETEENTH_ROUND = ["vntc::Train_Full/Phapluat/PL_TT_(2288).txt", "vntc::Test_Full/Phapluat/PL_NLD_T_(4189).txt",
                    "vntc::Test_Full/Phapluat/PL_VNE_T_(1369).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4286).txt",
                    "vntc::Test_Full/Phapluat/PL_VNE_T_(1563).txt", "vntc::Train_Full/Phapluat/PL_VNE_(580).txt",
                    "vntc::Test_Full/Phapluat/PL_NLD_T_(3953).txt", "vntc::Train_Full/Phapluat/PL_TT_(2249).txt",
                    "vntc::Test_Full/Phapluat/PL_VNE_T_(2060).txt", "vntc::Train_Full/Phapluat/PL_VNE_(436).txt",
                    "vntc::Test_Full/Phapluat/PL_TN_T_(3884).txt", "vntc::Train_Full/Phapluat/PL_NLD_(3757).txt",
                    "vntc::Train_Full/Phapluat/PL_VNE_(1021).txt", "vntc::Train_Full/Phapluat/PL_NLD_(3905).txt",
                    "vntc::Test_Full/Phapluat/PL_VNE_T_(2332).txt", "vntc::Train_Full/Phapluat/PL_VNE_(244).txt",
                    "vntc::Train_Full/Phapluat/PL_VNE_(1399).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1405).txt",
                    "vntc::Train_Full/Phapluat/PL_NLD_(4303).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1828).txt"]
nineteenth_round = round_fixture("nineteenth_round", NINETEENTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 9292)
EIGHTEENTH_ROUND = ["vntc::Train_Full/Phapluat/PL_NLD_(4812).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1866).txt",
                    "vntc::Train_Full/Phapluat/PL_VNE_(537).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2202).txt",
                    "vntc::Train_Full/Phapluat/PL_VNE_(319).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4212).txt",
                    "vntc::Train_Full/Phapluat/PL_VNE_(1337).txt", "vntc::Train_Full/Phapluat/PL_TN_(2853).txt",
                    "vntc::Train_Full/Phapluat/PL_TT_(2330).txt", "vntc::Train_Full/Phapluat/PL_TN_(2855).txt",
                    "vntc::Test_Full/Phapluat/PL_TN_T_(3650).txt", "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(5970).txt",
                    "vntc::Train_Full/Phapluat/PL_TT_(2169).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(202).txt",
                    "vntc::Train_Full/ChinhtriXahoi/XH_TT_(3273).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2026).txt",
                    "vntc::Train_Full/Phapluat/PL_VNE_(1334).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2058).txt",
                    "vntc::Train_Full/Phapluat/PL_TN_(3061).txt", "vntc::Train_Full/Phapluat/PL_TT_(1932).txt"]
eighteenth_round = round_fixture("eighteenth_round", EIGHTEENTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 5151)
SEVENTEENTH_ROUND = ["vntc::Train_Full/Phapluat/PL_TT_(2536).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2886).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(572).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1695).txt",
                     "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(9260).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4527).txt",
                     "vntc::Test_Full/Phapluat/PL_TT_T_(3154).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1123).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(2283).txt", "vntc::Test_Full/Phapluat/PL_TN_T_(3623).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(2406).txt", "vntc::Train_Full/Phapluat/PL_VNE_(889).txt",
                     "vntc::Test_Full/Phapluat/PL_NLD_T_(3912).txt", "vntc::Train_Full/Phapluat/PL_TN_(3401).txt",
                     "vntc::Test_Full/Phapluat/PL_VNE_T_(1255).txt", "vntc::Test_Full/Phapluat/PL_NLD_T_(4231).txt",
                     "vntc::Train_Full/Phapluat/PL_NLD_(4663).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(208).txt",
                     "vntc::Train_Full/Phapluat/PL_VNE_(800).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(706).txt"]
seventeenth_round = round_fixture("seventeenth_round", SEVENTEENTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 4545)
SIXTEENTH_ROUND = ["vntc::Train_Full/Phapluat/PL_TT_(1948).txt", "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(7315).txt",
                   "vntc::Train_Full/Phapluat/PL_VNE_(1769).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4677).txt",
                   "vntc::Test_Full/Phapluat/PL_VNE_T_(3109).txt", "vntc::Train_Full/Phapluat/PL_TT_(2447).txt",
                   "vntc::Test_Full/Phapluat/PL_VNE_T_(1519).txt", "vntc::Train_Full/Phapluat/PL_NLD_(3956).txt",
                   "vntc::Train_Full/Phapluat/PL_VNE_(873).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3378).txt",
                   "vntc::Train_Full/Phapluat/PL_VNE_(993).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4724).txt",
                   "vntc::Test_Full/Phapluat/PL_VNE_T_(140).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1372).txt",
                   "vntc::Test_Full/Phapluat/PL_TT_T_(3154).txt", "vntc::Train_Full/Phapluat/PL_TN_(3718).txt",
                   "vntc::Test_Full/Phapluat/PL_VNE_T_(785).txt", "vntc::Test_Full/Phapluat/PL_NLD_T_(4308).txt",
                   "vntc::Test_Full/Phapluat/PL_VNE_T_(1783).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2618).txt"]
sixteenth_round = round_fixture("sixteenth_round", SIXTEENTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 2323)
FIFTEENTH_ROUND = ["vntc::Train_Full/Phapluat/PL_VNE_(711).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(3246).txt",
                   "vntc::Test_Full/Phapluat/PL_NLD_T_(4248).txt", "vntc::Test_Full/Phapluat/PL_NLD_T_(4340).txt",
                   "vntc::Train_Full/Phapluat/PL_TT_(1963).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2451).txt",
                   "vntc::Train_Full/Phapluat/PL_VNE_(334).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2419).txt",
                   "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(6572).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4709).txt",
                   "vntc::Train_Full/Phapluat/PL_VNE_(494).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1554).txt",
                   "vntc::Test_Full/Phapluat/PL_VNE_T_(2965).txt", "vntc::Train_Full/Phapluat/PL_VNE_(269).txt",
                   "vntc::Train_Full/Phapluat/PL_VNE_(1800).txt", "vntc::Test_Full/Phapluat/PL_NLD_T_(4051).txt",
                   "vntc::Test_Full/Phapluat/PL_VNE_T_(2036).txt", "vntc::Train_Full/Phapluat/PL_VNE_(339).txt",
                   "vntc::Test_Full/Phapluat/PL_VNE_T_(736).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1323).txt"]


fifteenth_round = round_fixture("fifteenth_round", FIFTEENTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 8181)
FOURTEENTH_ROUND = ["vntc::Train_Full/Phapluat/PL_NLD_(4244).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1585).txt",
                    "vntc::Test_Full/Phapluat/PL_VNE_T_(864).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(3095).txt",
                    "vntc::Test_Full/Phapluat/PL_NLD_T_(4024).txt", "vntc::Train_Full/Phapluat/PL_VNE_(524).txt",
                    "vntc::Train_Full/Phapluat/PL_VNE_(725).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1102).txt",
                    "vntc::Train_Full/Phapluat/PL_NLD_(4264).txt", "vntc::Test_Full/Phapluat/PL_TN_T_(3474).txt",
                    "vntc::Train_Full/Phapluat/PL_VNE_(1026).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3205).txt",
                    "vntc::Train_Full/Phapluat/PL_TN_(3481).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1760).txt",
                    "vntc::Test_Full/Phapluat/PL_NLD_T_(3973).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1884).txt",
                    "vntc::Test_Full/Phapluat/PL_VNE_T_(1656).txt", "vntc::Train_Full/Phapluat/PL_VNE_(254).txt",
                    "vntc::Train_Full/Phapluat/PL_NLD_(4343).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1259).txt"]


fourteenth_round = round_fixture("fourteenth_round", FOURTEENTH_ROUND)


# twenty real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 7474)
THIRTEENTH_ROUND = ["vntc::Train_Full/Phapluat/PL_VNE_(351).txt", "vntc::Train_Full/ChinhtriXahoi/XH_NLD_(5095).txt",
                    "vntc::Train_Full/ChinhtriXahoi/XH_VNE_(1251).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1990).txt",
                    "vntc::Train_Full/Phapluat/PL_NLD_(4315).txt", "vntc::Train_Full/Phapluat/PL_TN_(3585).txt",
                    "vntc::Train_Full/Phapluat/PL_NLD_(4115).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1279).txt",
                    "vntc::Train_Full/Phapluat/PL_TT_(1980).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1979).txt",
                    "vntc::Test_Full/Phapluat/PL_VNE_T_(2372).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1710).txt",
                    "vntc::Train_Full/Phapluat/PL_VNE_(1487).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(830).txt",
                    "vntc::Test_Full/Phapluat/PL_TN_T_(3687).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3147).txt",
                    "vntc::Train_Full/Phapluat/PL_VNE_(594).txt", "vntc::Train_Full/Phapluat/PL_VNE_(754).txt",
                    "vntc::Train_Full/Phapluat/PL_TT_(2000).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4142).txt"]


thirteenth_round = round_fixture("thirteenth_round", THIRTEENTH_ROUND)


# twenty-two real VNTC articles of Pháp luật and Chính trị Xã hội, drawn at random (seed 6363)
TWELFTH_ROUND = ["vntc::Train_Full/Phapluat/PL_TN_(3693).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1822).txt",
                 "vntc::Test_Full/Phapluat/PL_VNE_T_(640).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(46).txt",
                 "vntc::Train_Full/Phapluat/PL_VNE_(1245).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4053).txt",
                 "vntc::Train_Full/ChinhtriXahoi/XH_VNE_(855).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2573).txt",
                 "vntc::Test_Full/Phapluat/PL_TT_T_(3263).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1194).txt",
                 "vntc::Test_Full/Phapluat/PL_VNE_T_(2057).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4645).txt",
                 "vntc::Test_Full/Phapluat/PL_VNE_T_(112).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1687).txt",
                 "vntc::Test_Full/Phapluat/PL_VNE_T_(1763).txt", "vntc::Train_Full/Phapluat/PL_NLD_(3821).txt",
                 "vntc::Train_Full/Phapluat/PL_VNE_(570).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(971).txt",
                 "vntc::Train_Full/Phapluat/PL_VNE_(1408).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(3251).txt",
                 "vntc::Train_Full/Phapluat/PL_VNE_(1338).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(3143).txt"]


twelfth_round = round_fixture("twelfth_round", TWELFTH_ROUND)


ELEVENTH_ROUND = ["vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(4119).txt", "vntc::Train_Full/Phapluat/PL_TT_(1977).txt",
                  "vntc::Train_Full/Phapluat/PL_NLD_(4235).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1786).txt",
                  "vntc::Test_Full/Phapluat/PL_VNE_T_(2335).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2082).txt",
                  "vntc::Train_Full/ChinhtriXahoi/XH_VNE_(964).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1914).txt",
                  "vntc::Test_Full/Phapluat/PL_VNE_T_(323).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1707).txt",
                  "vntc::Test_Full/Phapluat/PL_VNE_T_(1373).txt", "vntc::Train_Full/Phapluat/PL_TN_(3214).txt",
                  "vntc::Train_Full/ChinhtriXahoi/XH_VNE_(717).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1811).txt",
                  "vntc::Train_Full/Phapluat/PL_TT_(2634).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1255).txt",
                  "vntc::Train_Full/Phapluat/PL_VNE_(76).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2032).txt",
                  "vntc::Test_Full/Phapluat/PL_VNE_T_(1443).txt", "vntc::Test_Full/Phapluat/PL_TN_T_(3465).txt"]


eleventh_round = round_fixture("eleventh_round", ELEVENTH_ROUND)


TENTH_ROUND = ["vntc::Train_Full/Phapluat/PL_TN_(3236).txt", "vntc::Train_Full/Phapluat/PL_VNE_(956).txt",
               "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(3071).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(3178).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(721).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4783).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(1980).txt", "vntc::Train_Full/Phapluat/PL_VNE_(403).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(1221).txt", "vntc::Train_Full/ChinhtriXahoi/XH_VNE_(473).txt",
               "vntc::Test_Full/Phapluat/PL_NLD_T_(4049).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(1068).txt",
               "vntc::Train_Full/Phapluat/PL_TN_(3685).txt", "vntc::Test_Full/Phapluat/PL_TT_T_(3450).txt",
               "vntc::Test_Full/Phapluat/PL_TN_T_(3711).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2190).txt",
               "vntc::Train_Full/Phapluat/PL_VNE_(1230).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(3064).txt",
               "vntc::Train_Full/Phapluat/PL_VNE_(1746).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4026).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(578).txt", "vntc::Train_Full/Phapluat/PL_TN_(2716).txt"]


tenth_round = round_fixture("tenth_round", TENTH_ROUND)


NINTH_ROUND = ["vntc::Train_Full/Phapluat/PL_VNE_(1742).txt", "vntc::Test_Full/Phapluat/PL_NLD_T_(3934).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(664).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1594).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(1608).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4156).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(902).txt", "vntc::Train_Full/Phapluat/PL_NLD_(4233).txt",
               "vntc::Train_Full/Phapluat/PL_TN_(3364).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(816).txt",
               "vntc::Train_Full/Phapluat/PL_NLD_(4302).txt", "vntc::Train_Full/Phapluat/PL_TT_(1880).txt",
               "vntc::Train_Full/Phapluat/PL_VNE_(1309).txt", "vntc::Test_Full/Phapluat/PL_VNE_T_(2228).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(2494).txt", "vntc::Train_Full/Phapluat/PL_VNE_(738).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(2607).txt", "vntc::Test_Full/Phapluat/PL_NLD_T_(3978).txt",
               "vntc::Test_Full/Phapluat/PL_VNE_T_(500).txt", "vntc::Train_Full/Phapluat/PL_VNE_(1683).txt",
               "vntc::Train_Full/Phapluat/PL_VNE_(1585).txt", "vntc::Train_Full/Phapluat/PL_VNE_(871).txt"]


ninth_round = round_fixture("ninth_round", NINTH_ROUND)
eighth_round = round_fixture("eighth_round", EIGHTH_ROUND)
seventh_round = round_fixture("seventh_round", SEVENTH_ROUND)
sixth_round = round_fixture("sixth_round", SIXTH_ROUND)
fifth_round = round_fixture("fifth_round", FIFTH_ROUND)
fourth_round = round_fixture("fourth_round", FOURTH_ROUND)
third_round = round_fixture("third_round", THIRD_ROUND)
random_news = round_fixture("random_news", RANDOM_ROUND)


@pytest.fixture(scope="session")
def varied_news(shared_dir, tmp_path_factory):
    """An Assistant over the articles above among the fourteen below (alone, an article's every word is as
    rare as any, and no sentence stands out); ask only, never ingest."""
    return vntc_assistant(shared_dir, tmp_path_factory.mktemp("varied"),
                          [PERC, HOSTAGE, INVOICES, SON_LA_HEROIN, ECSTASY, SEVEN_YEARS] + A2_PILES + TIEN_ARREST
                          + HEROIN_RING
                          + DAMAGES + FRAUD)


@pytest.fixture(scope="session")
def deep_news(shared_dir, tmp_path_factory):
    """An Assistant over the fourteen articles above (ask only, never ingest)."""
    return vntc_assistant(shared_dir, tmp_path_factory.mktemp("deep"), HEROIN_RING + DAMAGES + FRAUD)


@pytest.fixture(scope="session")
def news_assistant(shared_dir, tmp_path_factory):
    """An Assistant over four real VNTC articles on Tết traffic and civil cases (ask only, never ingest)."""
    return vntc_assistant(shared_dir, tmp_path_factory.mktemp("news"),
                          [TET_4_DAYS, TET_6_DAYS, TEN_MONTHS, CIVIL_CASES])


@pytest.fixture(scope="session")
def samples_assistant(tmp_path_factory):
    """An Assistant over the five bundled reports with the real model, shared by tests that only ask (never
    ingest or remove): one ingest for the whole run."""
    from retrieval.assistant import Assistant

    a = Assistant(tmp_path_factory.mktemp("samples-data"))
    assert a.ingest([SAMPLES]).count("added") == 5
    return a


def assert_lead_shown(assistant, ans, doc_id: str, span: str, line: str, css: str, shown: str) -> None:
    """An answer's lead (a post holder's name, a yes/no verdict) is a span of its report, opens the answer text
    as ``line``, comes before the quotes on the page (``css`` class, ``shown`` text) and opens the brief."""
    from webui.export import conversation_markdown
    from webui.render import render_answer

    assert ans.found and ans.lead["doc_id"] == doc_id
    assert ans.answer.startswith(line + "\n«")
    text = assistant.document(doc_id).text
    assert text[ans.lead["start"] : ans.lead["end"]] == span  # a span of the report
    d = ans.to_dict()
    html = render_answer(d)
    assert css in html and html.index(shown) < html.index("vnqa-quote")
    md = conversation_markdown([{"question": ans.question, "answer": d}])
    assert f"**Trả lời: {line}**" in md
