/** Styles of the comment marks, card, summary and nudge (adopted into Golden Rule's shadow root). */
export const COMMENTS_CSS = `
.comments { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2328; }
.comment-bar { position: fixed; width: 3px; border-radius: 2px; pointer-events: none; background: #1a73e8; }
.comment-bar.error { background: #d93025; }
.comment-bar.warning { background: #e37400; }
.comment-mark {
  position: fixed; z-index: 2147483645; display: inline-flex; align-items: center; gap: 4px; height: 20px;
  padding: 0 8px 0 6px; border: 1px solid #fff; border-radius: 10px; cursor: pointer; max-width: 220px;
  font: 600 11px/18px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #fff; white-space: nowrap;
  box-shadow: 0 1px 3px rgba(0,0,0,.3); background: #1a73e8; overflow: hidden; text-overflow: ellipsis;
}
.comment-mark.error { background: #b3261e; }
.comment-mark.warning { background: #a65300; }
.comment-mark[aria-expanded="true"] { outline: 2px solid #1f2328; outline-offset: 1px; }
.comment-mark .glyph { font-size: 12px; }
.comment-card {
  position: fixed; z-index: 2147483647; width: 360px; max-width: calc(100vw - 16px); max-height: calc(100vh - 16px); overflow: auto;
  background: #fff; border: 1px solid #d0d7de; border-top: 4px solid #1a73e8; border-radius: 10px;
  box-shadow: 0 8px 24px rgba(31,35,40,.18); padding: 12px 14px; text-align: left;
}
.comment-card.error { border-top-color: #d93025; }
.comment-card.warning { border-top-color: #e37400; }
.comment-card h2 { flex: 1; margin: 0; font-size: 14px; }
.comment-card h3 { margin: 10px 0 4px; font-size: 12px; font-weight: 600; letter-spacing: .02em; text-transform: uppercase; color: #59636e; }
.comment-card .reasons { list-style: none; margin: 0; padding: 0; }
.comment-card .reasons li { margin: 0 0 6px; font-size: 13px; }
.comment-card .reasons .rule { font-weight: 600; }
.comment-card .reasons .passage { color: #59636e; }
.comment-card a { color: #0b57d0; }
.comment-card ol.steps { margin: 0; padding: 0 0 0 20px; font-size: 13px; }
.comment-card ol.steps li { margin: 0 0 8px; }
.comment-card .step { font-weight: 600; display: block; }
.comment-card .how { color: #3d444d; }
.comment-card blockquote { margin: 4px 0; padding: 4px 8px; border-left: 3px solid #d0d7de; color: #1f2328; background: #f6f8fa; }
.comment-card .record { margin: 4px 0 8px; padding: 8px; border-radius: 8px; background: #f6f8fa; font-size: 13px; }
.comment-card .record p { margin: 0 0 6px; }
.comment-card .contacts { display: flex; flex-wrap: wrap; gap: 4px 12px; }
.comment-card .footnote { margin: 8px 0 0; font-size: 12px; color: #59636e; border-top: 1px solid #eaeef2; padding-top: 6px; }
.button {
  border: 1px solid #0b57d0; background: #0b57d0; color: #fff; border-radius: 6px; padding: 4px 10px;
  font: inherit; font-size: 13px; font-weight: 600; cursor: pointer;
}
.button:hover { background: #0842a0; }
.button[disabled] { opacity: .6; cursor: default; }
.button.quiet { background: #fff; color: #0b57d0; }
.button.quiet:hover { background: #f0f4fd; }
.state { margin: 6px 0 0; font-size: 13px; }
.state.ok { color: #17692f; }
.state.warning, .state.error { color: #9a3412; }
.comment-summary {
  position: fixed; z-index: 2147483646; right: 16px; bottom: 16px; max-width: min(460px, calc(100vw - 32px));
  display: flex; align-items: center; gap: 8px; padding: 8px 8px 8px 12px;
  background: #fff; border: 1px solid #d0d7de; border-radius: 10px; box-shadow: 0 4px 16px rgba(31,35,40,.18); font-size: 13px;
}
.comment-summary .text { flex: 1 1 auto; min-width: 150px; }
.comment-summary .button { flex: none; }
.comment-summary .close { flex: none; }
.comment-nudge {
  position: fixed; z-index: 2147483646; width: 320px; max-width: calc(100vw - 16px);
  background: #fffbeb; border: 1px solid #e3b341; border-radius: 10px; padding: 10px 12px;
  box-shadow: 0 4px 16px rgba(31,35,40,.16); font-size: 13px;
}
.comment-nudge p { margin: 0 0 8px; }
.comment-nudge .title { font-weight: 600; }
.comment-nudge .buttons { display: flex; gap: 8px; }
`;
