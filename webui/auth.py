"""Optional login: users and passwords from ``VNQA_USERS`` or a file named by ``VNQA_USERS_FILE``.

Format, one user a line (or comma-separated in the variable): ``name:password``; blank lines and
``#`` comments are ignored. No users configured means no login, which suits a laptop demo.
"""
from __future__ import annotations

import os
from pathlib import Path


class AuthConfigError(ValueError):
    """A malformed users list: refuse to start rather than run with a half-read list."""


def parse_users(text: str) -> list[tuple[str, str]]:
    users: dict[str, str] = {}
    text = (text or "").strip()
    items = text.splitlines() if "\n" in text else text.split(",")  # a file: lines; a variable: commas
    for n, raw in enumerate(items, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, password = line.partition(":")
        name = name.strip()
        if not sep or not name or not password:
            raise AuthConfigError(f"dòng {n} của danh sách người dùng không đúng dạng 'tên:mật_khẩu'")
        users[name] = password
    return list(users.items())


def load_users(env: dict | None = None) -> list[tuple[str, str]] | None:
    """Users for ``launch(auth=...)``, or None when login is not configured."""
    env = os.environ if env is None else env
    users: list[tuple[str, str]] = []
    path = env.get("VNQA_USERS_FILE")
    if path:
        file = Path(path)
        if not file.is_file():
            raise AuthConfigError(f"không tìm thấy tệp người dùng {file}")
        users += parse_users(file.read_text(encoding="utf-8"))
    if env.get("VNQA_USERS"):
        users += parse_users(env["VNQA_USERS"])
    return users or None
