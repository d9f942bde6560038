/**
 * The iframe snippet for a view. The embed posts its height as
 * `{ type: "parley:resize", height }` (the Datawrapper/pym.js convention of a
 * child-to-parent message); the script resizes only the frame that sent it and
 * only for messages from Parley's own origin.
 */
export function embedSnippet(origin: string, search: string): string {
  const src = `${origin}/embed${search}`;
  const height = Number.parseInt(new URLSearchParams(search).get("height") ?? "", 10);
  const size = Number.isFinite(height) ? `height:${height}px` : "min-height:420px";
  return [
    `<iframe src="${escapeAttribute(src)}" title="Parley timeline" loading="lazy" style="width:100%;${size};border:0" data-parley-embed></iframe>`,
    `<script>window.addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!=="parley:resize")return;document.querySelectorAll("iframe[data-parley-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})});</script>`,
  ].join("\n");
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}
