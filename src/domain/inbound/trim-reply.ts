// The text of a reply without its quoted history and signature. A first version; the full rules replace it.
export function trimReply(text: string): { shown: string; trimmed: boolean } {
  const lines = text.split(/\r?\n/);
  const cut = lines.findIndex((l) => /^>/.test(l) || /^(Le |On ).+(a écrit|wrote)\s*:\s*$/.test(l) || /^-{2,} ?$/.test(l.trim()) || /^-----/.test(l));
  const shown = (cut >= 0 ? lines.slice(0, cut) : lines).join('\n').trim();
  return shown ? { shown, trimmed: cut >= 0 } : { shown: text.trim(), trimmed: false };
}
