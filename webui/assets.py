"""The page's CSS and the small script for citations, copy buttons and the document viewer."""

CSS = """
.gradio-container {max-width: 1400px !important; margin: 0 auto !important; width: 100% !important;}
.gradio-container {--font-mono: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif;}
.gradio-container table, .gradio-container table * {font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif !important;}
#vnqa-header {display:flex; align-items:center; gap:14px; padding: 6px 2px 2px;}
#vnqa-header .logo {width:44px; height:44px; border-radius:10px; background:linear-gradient(135deg,#1e3a8a,#b42318);
  color:#fff; display:flex; align-items:center; justify-content:center; font-size:24px; flex:none;}
#vnqa-header h1 {font-size:1.45rem; margin:0; line-height:1.2;}
#vnqa-header p {margin:2px 0 0; color:#475569; font-size:.92rem;}
#vnqa-status {font-size:.9rem;}
.vnqa-answer p {margin:.25em 0;}
.vnqa-figure {margin:.2em 0 .5em !important;}
.vnqa-figure-value {font-size:1.9em; font-weight:800; color:#b42318; letter-spacing:-.5px;}
.vnqa-near .vnqa-figure-value {color:#64748b; font-size:1.4em;}
.vnqa-figure-ctx {color:#334155; font-weight:600; margin-left:.3em;}
.vnqa-digest {font-weight:700; color:#0f172a;}
.vnqa-note {color:#92400e; font-style:italic;}
.vnqa-report-title {font-weight:600; color:#1e3a8a; margin-top:.6em !important;}
.vnqa-report-list {margin:.2em 0 .5em 1.1em !important;}
.vnqa-digest-figures {margin:.2em 0 .5em 1.1em !important; columns:2 22em; column-gap:2em;}
.vnqa-digest-figures li {margin:.1em 0; break-inside:avoid;}
.vnqa-digest-figures b {color:#b42318; font-size:1.08em;}
.vnqa-digest-figures .vnqa-figure-ctx {font-weight:400; color:#475569;}
.vnqa-quote {border-left:4px solid #2563eb; margin:.45em 0 !important; padding:.35em .8em !important;
  background:#eff6ff; border-radius:0 8px 8px 0; font-style:normal; color:#0f172a;}
.vnqa-resolved {color:#475569; font-size:.9em; background:#f1f5f9; border-radius:6px; padding:.2em .6em !important;}
.vnqa-notfound {color:#92400e;}
.vnqa-wait {color:#64748b;}
a.vnqa-cite {text-decoration:none; font-weight:700; color:#1d4ed8; background:#dbeafe; border-radius:4px;
  padding:0 3px; cursor:pointer;}
a.vnqa-cite:hover {background:#bfdbfe;}
.vnqa-sources-empty {color:#64748b; padding:12px; border:1px dashed #cbd5e1; border-radius:10px; line-height:1.5;}
.vnqa-turn > summary {font-weight:600; cursor:pointer; padding:6px 4px; color:#1e293b;}
.vnqa-source {border:1px solid #e2e8f0; border-radius:10px; margin:8px 0; background:#fff; overflow-wrap:anywhere;}
.vnqa-source > summary {cursor:pointer; padding:8px 10px; font-weight:600; color:#0f172a;}
.vnqa-num {color:#1d4ed8; margin-right:4px;}
.vnqa-more {font-size:.75rem; font-weight:600; color:#475569; background:#f1f5f9; border-radius:4px; padding:1px 5px;}
.vnqa-meta {font-size:.82rem; color:#475569; padding:0 10px 4px; display:flex; flex-wrap:wrap; gap:2px 14px;}
.vnqa-meta i {color:#94a3b8; font-style:normal; margin-right:3px;}
.vnqa-passage {padding:4px 10px 8px; line-height:1.55; font-size:.92rem; color:#1e293b;}
.vnqa-passage mark, .vnqa-doc-body mark {background:#fde68a; padding:0 2px; border-radius:2px;}
.vnqa-actions {display:flex; flex-wrap:wrap; gap:6px; padding:0 10px 10px;}
.vnqa-actions button {border:1px solid #cbd5e1; background:#f8fafc; border-radius:6px; padding:3px 9px;
  font-size:.82rem; cursor:pointer; color:#0f172a;}
.vnqa-actions button:hover {background:#e2e8f0;}
.vnqa-flash {animation: vnqa-flash 1.6s ease-out;}
@keyframes vnqa-flash {0% {box-shadow:0 0 0 4px #f59e0b;} 100% {box-shadow:0 0 0 0 transparent;}}
.vnqa-hit {border:1px solid #e2e8f0; border-radius:10px; margin:10px 0; background:#fff; overflow-wrap:anywhere;}
.vnqa-hit-head {display:flex; gap:8px; align-items:baseline; padding:8px 10px 2px;}
.vnqa-rank {background:#1e3a8a; color:#fff; border-radius:50%; min-width:24px; height:24px; display:inline-flex;
  align-items:center; justify-content:center; font-size:.8rem; flex:none;}
.vnqa-score {margin-left:auto; color:#64748b; font-size:.8rem; white-space:nowrap;}
.vnqa-count {color:#475569;}
.vnqa-modal {position:fixed; inset:0; background:rgba(15,23,42,.55); z-index:1000; display:flex;
  align-items:center; justify-content:center; padding:16px;}
.vnqa-modal-box {background:#fff; border-radius:12px; max-width:900px; width:100%; max-height:88vh; overflow:auto;
  box-shadow:0 20px 50px rgba(0,0,0,.3);}
.vnqa-doc-head {display:flex; gap:10px; align-items:flex-start; justify-content:space-between; padding:12px 14px 4px;
  position:sticky; top:0; background:#fff;}
.vnqa-close {border:1px solid #cbd5e1; background:#f8fafc; border-radius:6px; padding:2px 10px; cursor:pointer; flex:none;}
.vnqa-doc .vnqa-meta {padding:0 14px 6px;}
.vnqa-doc-body {padding:6px 14px 16px; line-height:1.6; color:#1e293b; overflow-wrap:anywhere;}
.vnqa-doc-inline {border:1px solid #e2e8f0; border-radius:10px; max-height:520px; overflow:auto;}
#vnqa-chat .message-wrap {font-size:.97rem;}
#vnqa-examples button {text-align:left;}
@media (max-width: 640px) {
  #vnqa-header h1 {font-size:1.15rem;}
  #vnqa-header p {display:none;}
  .vnqa-figure-value {font-size:1.5em;}
  .gradio-container {padding: 0 6px !important;}
  .tab-wrapper button, button[role=tab] {padding-left: 6px !important; padding-right: 6px !important; font-size: .88rem !important;}
  #vnqa-chat {height: 60vh !important; min-height: 360px;}
}
"""

# Global listeners (installed once by launch(js=...)): citations open their source, copy buttons copy.
JS = """
() => {
  if (window.__vnqa) return; window.__vnqa = true;
  const flash = (el) => { el.classList.remove('vnqa-flash'); void el.offsetWidth; el.classList.add('vnqa-flash'); };
  document.addEventListener('click', (e) => {
    const a = e.target.closest('a.vnqa-cite');
    if (a) {
      e.preventDefault(); e.stopPropagation();
      const el = document.getElementById(a.getAttribute('href').slice(1));
      if (!el) return;
      const turn = el.closest('details.vnqa-turn'); if (turn) turn.open = true;
      el.open = true; el.scrollIntoView({behavior: 'smooth', block: 'start'}); flash(el);
      return;
    }
    const c = e.target.closest('button.vnqa-copy');
    if (c) {
      const text = c.dataset.cite || '';
      const done = () => { c.textContent = '✓ Đã sao chép'; setTimeout(() => c.textContent = 'Sao chép trích dẫn', 1800); };
      const fallback = () => { const t = document.createElement('textarea'); t.value = text; document.body.appendChild(t);
        t.select(); try { document.execCommand('copy'); } catch (err) {} t.remove(); done(); };
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, fallback); else fallback();
    }
  }, true);
  // Keep the start of the newest answer (its figure) in view while it streams, instead of its end.
  const scroller = (el) => { for (let p = el.parentElement; p; p = p.parentElement) {
      const st = getComputedStyle(p); if (/(auto|scroll)/.test(st.overflowY) && p.scrollHeight > p.clientHeight) return p; }
    return null; };
  let lastTop = null;
  new MutationObserver(() => {
    const answers = document.querySelectorAll('#vnqa-chat .vnqa-answer');
    const el = answers[answers.length - 1];
    if (!el) { lastTop = null; return; }
    const box = scroller(el);
    if (!box) return;
    const rows = el.closest('.message-row, .message') || el;
    const top = rows.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop - 70;
    const key = answers.length + ':' + el.innerHTML.length;
    if (key === lastTop) return;  // only when the newest answer itself changed
    lastTop = key;
    box.scrollTop = Math.max(0, top);
  }).observe(document.body, {childList: true, subtree: true});
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') { const m = document.getElementById('vnqa-modal'); if (m) m.remove(); } });
}
"""

# js_on_load for HTML panels whose "Mở toàn văn" buttons fetch the document from the server.
OPEN_DOC_JS = """
element.addEventListener('click', async (e) => {
  const b = e.target.closest('button.vnqa-open');
  if (!b) return;
  e.preventDefault();
  let modal = document.getElementById('vnqa-modal');
  if (!modal) {
    modal = document.createElement('div'); modal.id = 'vnqa-modal'; modal.className = 'vnqa-modal';
    document.body.appendChild(modal);
    modal.addEventListener('click', (ev) => { if (ev.target === modal || ev.target.closest('.vnqa-close')) modal.remove(); });
  }
  modal.innerHTML = "<div class='vnqa-modal-box'><div class='vnqa-doc'><div class='vnqa-doc-body'>Đang mở tài liệu…</div></div></div>";
  const html = await server.open_document(b.dataset.open);
  modal.querySelector('.vnqa-modal-box').innerHTML = html;
  const at = modal.querySelector('#vnqa-at');
  if (at) at.scrollIntoView({block: 'center'});
});
"""
