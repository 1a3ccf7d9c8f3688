// The embeddable snippet of an agency's web form (GET /f/{slug}/embed.js): a script an agency puts
// on its own site, `<script src="https://gardien.example/f/{slug}/embed.js" async></script>`,
// that inserts the form in an iframe where the script stands (or in the element named by
// `data-target`), sized to the form's content: the page inside says its height by postMessage
// (web/src/webform/frame-messages.ts), and where to scroll to (an error, the confirmation).
// `data-lang="en"` opens it in English. The script touches nothing else of the host page.
import { FRAME_MESSAGES } from '../domain/inbound/webform-rules.ts';

/** The script for the form of agency `slug`. */
export function embedScript(slug: string): string {
  return `/* Gardien: the web form of an agency, in an iframe sized to its content. */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src).origin;
  var slug = ${JSON.stringify(slug)};
  var lang = script.getAttribute('data-lang');
  var frame = document.createElement('iframe');
  frame.src = origin + '/f/' + encodeURIComponent(slug) + '?embed=1' + (lang === 'en' || lang === 'fr' ? '&lang=' + lang : '');
  frame.title = script.getAttribute('data-title') || (lang === 'en' ? 'Send a request' : 'Envoyer une demande');
  frame.setAttribute('data-gardien-webform', slug);
  frame.style.cssText = 'display:block;width:100%;max-width:100%;min-height:480px;border:0;overflow:hidden;background:transparent';
  frame.setAttribute('scrolling', 'no');
  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || event.origin !== origin) return;
    var data = event.data || {};
    if (data.type === ${JSON.stringify(FRAME_MESSAGES.height)} && typeof data.height === 'number' && data.height > 0) {
      frame.style.minHeight = '0';
      frame.style.height = Math.ceil(data.height) + 'px';
    } else if (data.type === ${JSON.stringify(FRAME_MESSAGES.scroll)} && typeof data.top === 'number') {
      var top = frame.getBoundingClientRect().top + window.scrollY + data.top - 16;
      if (top < window.scrollY || top > window.scrollY + window.innerHeight - 80) window.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
    }
  });
  var target = script.getAttribute('data-target');
  var place = target ? document.querySelector(target) : null;
  if (place) place.appendChild(frame);
  else script.parentNode.insertBefore(frame, script.nextSibling);
})();
`;
}
