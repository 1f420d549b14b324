"""Crash-safe layout of the data directory: immutable generations and an atomic pointer.

    data/
      CURRENT            -> "gen-000007" (replaced atomically with os.replace)
      gen-000007/        store.sqlite, vectors.faiss, keyword/, manifest.json
      .lock              writers take an exclusive flock on it

An ingest copies the current generation into a fresh directory, changes the copy, flushes it to
disk and only then moves CURRENT. An exception or a kill at any point leaves CURRENT naming a
complete, consistent generation; half-written directories are swept by the next writer.
"""
from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from index.doc_store import DB_FILE

CURRENT = "CURRENT"
MANIFEST = "manifest.json"
_GEN = re.compile(r"^gen-(\d{6})$")
KEEP_OLD = 1  # previous generations kept for readers that still have them open


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(path: Path) -> None:
    for root, _dirs, files in os.walk(path):
        for name in files:
            with open(os.path.join(root, name), "rb") as fh:
                os.fsync(fh.fileno())
        _fsync_dir(Path(root))


class DataDir:
    def __init__(self, root: Path | str):
        self.root = Path(root)

    def current(self) -> Path | None:
        """The committed generation, or None for an empty data directory."""
        pointer = self.root / CURRENT
        try:
            name = pointer.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        gen = self.root / name
        if not _GEN.match(name) or not (gen / MANIFEST).exists():
            raise RuntimeError(f"{pointer} names {name!r}, which is not a complete index generation")
        return gen

    def version(self) -> str | None:
        gen = self.current()
        return gen.name if gen else None

    def manifest(self) -> dict:
        gen = self.current()
        if gen is None:
            return {}
        return json.loads((gen / MANIFEST).read_text(encoding="utf-8"))

    @contextmanager
    def lock(self) -> Iterator[None]:
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "a+") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    def _next_name(self) -> str:
        numbers = [int(m.group(1)) for p in self.root.iterdir() if (m := _GEN.match(p.name.split(".")[0]))]
        return f"gen-{max(numbers, default=0) + 1:06d}"

    @contextmanager
    def new_generation(self) -> Iterator[Path]:
        """Yield a writable copy of the current generation; commit it if the block succeeds.

        Must be used under ``lock()``. On an exception the copy is deleted and CURRENT is untouched.
        """
        self._sweep_incomplete()
        name = self._next_name()
        work = self.root / f"{name}.tmp"
        work.mkdir(parents=True)
        try:
            cur = self.current()
            if cur is not None:
                for item in cur.iterdir():
                    if item.name == DB_FILE:
                        _copy_sqlite(item, work / DB_FILE)
                    elif item.is_dir():
                        shutil.copytree(item, work / item.name)
                    elif item.name != MANIFEST:
                        shutil.copy2(item, work / item.name)
            yield work
            _fsync_tree(work)
            final = self.root / name
            os.replace(work, final)
            tmp_pointer = self.root / f"{CURRENT}.tmp"
            with open(tmp_pointer, "w", encoding="utf-8") as fh:
                fh.write(name + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp_pointer, self.root / CURRENT)
            _fsync_dir(self.root)
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise
        self._prune()

    def _sweep_incomplete(self) -> None:
        for p in self.root.iterdir():
            if p.name.endswith(".tmp"):
                shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)

    def _prune(self) -> None:
        cur = self.current()
        gens = sorted(p for p in self.root.iterdir() if _GEN.match(p.name) and p != cur)
        for old in gens[: max(0, len(gens) - KEEP_OLD)]:
            shutil.rmtree(old, ignore_errors=True)


def _copy_sqlite(src: Path, dst: Path) -> None:
    """Copy a SQLite database consistently (the backup API, not a byte copy)."""
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    target = sqlite3.connect(dst)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


def write_manifest(gen: Path, manifest: dict) -> None:
    (gen / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
