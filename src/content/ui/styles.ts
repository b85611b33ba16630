/** Styles of everything inside Golden Rule's shadow root (adopted, so a page's CSP cannot block them). */
export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.box {
  position: fixed; pointer-events: none; border-bottom: 2px solid; border-radius: 1px;
}
.box[hidden] { display: none; }
.box.error { border-color: #d93025; background: rgba(217, 48, 37, 0.12); }
.box.warning { border-color: #e37400; background: rgba(227, 116, 0, 0.12); }
.box.info { border-bottom-style: dotted; border-color: #1a73e8; background: rgba(26, 115, 232, 0.08); }
.sr-only {
  position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
.ui, .card, .panel, .badge {
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #1f2328;
}
.badge {
  position: fixed; z-index: 2147483646; width: 22px; height: 22px; padding: 0; border: 2px solid #fff;
  border-radius: 11px; min-width: 22px; cursor: pointer; color: #fff; font-size: 12px; font-weight: 700;
  line-height: 18px; text-align: center; box-shadow: 0 1px 3px rgba(0,0,0,.35); background: #1a7f37;
}
.badge.error { background: #d93025; }
.badge.warning { background: #c25e00; }
.badge.info { background: #1a73e8; }
/* Mouse presses never focus these (the editor keeps focus), so any focus came from the keyboard. */
.badge:focus, button:focus, a:focus { outline: 3px solid #0b57d0; outline-offset: 2px; }
.card, .panel {
  position: fixed; z-index: 2147483647; width: 340px; max-width: calc(100vw - 16px);
  background: #fff; border: 1px solid #d0d7de; border-radius: 10px;
  box-shadow: 0 8px 24px rgba(31, 35, 40, .18); padding: 12px 14px 12px; text-align: left;
  max-height: calc(100vh - 16px); overflow: auto;
}
.card { border-top: 4px solid #1a73e8; }
.card.error { border-top-color: #d93025; }
.card.warning { border-top-color: #e37400; }
.head { display: flex; align-items: center; gap: 8px; margin: 0 0 6px; }
.head .title { flex: 1; font-size: 12px; font-weight: 600; letter-spacing: .02em; text-transform: uppercase; color: #59636e; }
.close {
  border: 0; background: transparent; width: 26px; height: 26px; border-radius: 6px; cursor: pointer;
  color: #59636e; font-size: 18px; line-height: 1; padding: 0;
}
.close:hover { background: #f0f2f4; }
.message { margin: 0 0 6px; font-size: 15px; font-weight: 600; }
.why { margin: 0 0 10px; color: #3d444d; font-size: 13px; }
.why a { color: #0b57d0; }
.fixes { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 10px; }
.fix {
  border: 1px solid #1a7f37; background: #1a7f37; color: #fff; border-radius: 6px; padding: 5px 10px;
  font: inherit; font-size: 13px; font-weight: 600; cursor: pointer; max-width: 100%; text-align: left;
}
.fix:hover { background: #116329; }
.actions { display: flex; flex-wrap: wrap; gap: 4px 12px; border-top: 1px solid #eaeef2; padding-top: 8px; }
.link {
  border: 0; background: none; padding: 2px 0; color: #0b57d0; font: inherit; font-size: 13px; cursor: pointer;
  text-decoration: underline; text-underline-offset: 2px;
}
.locked { font-size: 12px; color: #59636e; }
.status { margin: 8px 0 0; font-size: 13px; color: #9a3412; }
.dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; flex: none; background: #1a73e8; }
.dot.error { background: #d93025; }
.dot.warning { background: #e37400; }
.panel h2 { margin: 0; font-size: 15px; flex: 1; }
.panel ul { list-style: none; margin: 6px 0 10px; padding: 0; max-height: 50vh; overflow: auto; }
.panel li { margin: 0; }
.item {
  display: flex; gap: 8px; align-items: baseline; width: 100%; border: 0; background: none; text-align: left;
  padding: 6px 6px; border-radius: 6px; cursor: pointer; font: inherit; font-size: 13px; color: inherit;
}
.item:hover { background: #f6f8fa; }
.excerpt { color: #59636e; }
.empty { margin: 8px 0 10px; color: #3d444d; font-size: 13px; }
.meta { font-size: 12px; color: #59636e; margin: 0 0 6px; }
.meta .over { color: #d93025; font-weight: 600; }
`;
