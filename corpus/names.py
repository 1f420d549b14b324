"""Vietnamese family names: a capitalised run that opens with one is a person's name ("Trần Phú Hà"), or a street
named after a person ("688 Trần Hưng Đạo"), not a body ("Ban Thường vụ") nor a thing counted."""
from __future__ import annotations

# the capital letters of Vietnamese, for a character class ("[{UPPER}]"): the range "À-Ỹ" also holds the lower-case
# letters ("đ", "ặ"), so "Mai đặt điều" would pass for a name. One class for extraction and for questions.
UPPER = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"

SURNAMES: tuple[str, ...] = tuple(
    ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trịnh Đinh Mai Lâm Tô Hà Đào Cao "
     "Lương Trương Quách Tạ Đoàn Thái Chu Triệu Lưu Kiều Tăng Vương Phùng Khổng Mạc Nông Lò Hứa Thân Từ "
     "Tôn Lã Đàm Giang Kim Doãn Quan Bế Hầu Khúc Lại Mã Âu Tống Diệp Châu Viên La Ninh Thạch Tiêu "
     "Khuất Phí Cù Nghiêm Trình Mạch "
     # the family names of the Central Highlands peoples (Jrai, Ê Đê, Ba Na): "Ksor Thứp", "Rmah Hlach", "Siu Đen"
     "Ksor Rmah Siu Kpă Puih Rahlan Niê Mlô Êban Adrơng Hlong Byă Rcom").split())
