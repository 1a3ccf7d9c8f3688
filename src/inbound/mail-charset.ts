// Bytes of a mail to text, as mail is in the wild: the declared charset when it decodes cleanly,
// Windows-1252 where ISO-8859-1 or ASCII is declared (what Windows clients really send), UTF-7 by
// hand (the WHATWG decoders lack it), and for an unknown, missing or lying charset UTF-8 first,
// then Windows-1252. Every repair is told to `note`.

/** Charset names WHATWG's TextDecoder does not know under that name, and what they mean. */
const ALIASES: Record<string, string> = {
  'ks_c_5601-1987': 'euc-kr',
  'x-mac-roman': 'macintosh',
  'mac': 'macintosh',
  'x-unknown': 'utf-8',
  'unknown-8bit': 'utf-8',
  'x-user-defined': 'utf-8',
  'cp1252': 'windows-1252',
  'cp1251': 'windows-1251',
  'cp1250': 'windows-1250',
  'cp850': 'windows-1252',
  'ansi_x3.4-1968': 'us-ascii',
  'iso-8859-8-i': 'iso-8859-8',
  'gb18030-2000': 'gb18030',
  'x-gbk': 'gbk',
  'shift-jis': 'shift_jis',
  'sjis': 'shift_jis',
  'utf8': 'utf-8',
};

/** Charsets whose bytes 0x80–0x9F senders use as Windows-1252. */
const LATIN1_LIKE = new Set(['us-ascii', 'ascii', 'iso-8859-1', 'latin1', 'iso_8859-1', 'iso8859-1', 'l1', 'windows-1252']);

export type Note = (note: string) => void;

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    return null;
  }
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  const decoder = decoderFor(label);
  if (!decoder) return null;
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** The 8-bit charset of undeclared bytes that are not UTF-8. Western text has a few 8-bit letters
 * among ASCII ones; Cyrillic text is words made only of 8-bit bytes, mostly lower case: KOI8-R's
 * lower case is 0xC0–0xDF, Windows-1251's 0xE0–0xFF. Anything else is read as Windows-1252. */
export function guessLegacy(bytes: Uint8Array): string {
  let high = 0;
  let ascii = 0;
  let koiLower = 0;
  let cp1251Lower = 0;
  for (const byte of bytes) {
    if (byte >= 0xc0) {
      high++;
      if (byte < 0xe0) koiLower++;
      else cp1251Lower++;
    } else if ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)) ascii++;
  }
  if (high < 4 || high < ascii) return 'windows-1252';
  return koiLower > cp1251Lower ? 'koi8-r' : 'windows-1251';
}

/** UTF-8 when the bytes are UTF-8, else the likeliest 8-bit charset (guessLegacy). */
export function decodeGuess(bytes: Uint8Array): string {
  return tryDecode(bytes, 'utf-8') ?? new TextDecoder(guessLegacy(bytes)).decode(bytes);
}

function isAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x7f) return false;
  return true;
}

/** Decodes UTF-7 (RFC 2152): `+` base64 of UTF-16 `-`, `+-` a plus sign. */
export function decodeUtf7(text: string): string {
  return text.replace(/\+([A-Za-z0-9+/]*)-?/g, (whole, run: string) => {
    if (run === '') return whole.endsWith('-') ? '+' : whole;
    const bytes = Buffer.from(run, 'base64');
    let out = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
    return out;
  });
}

/** The charset's canonical label, lower-cased, without quotes or comments. */
export function cleanCharset(charset: string | null | undefined): string {
  const label = (charset ?? '').toLowerCase().replace(/["'\s]/g, '').replace(/\(.*$/, '');
  return ALIASES[label] ?? label;
}

/** Text from bytes declared in `charset` (null: none declared). */
export function decodeText(bytes: Uint8Array, charset: string | null, note: Note): string {
  const label = cleanCharset(charset);
  if (isAscii(bytes)) {
    const ascii = Buffer.from(bytes).toString('latin1');
    if (label === 'utf-7' || label === 'unicode-1-1-utf-7') return decodeUtf7(ascii);
    // ISO-2022-JP and HZ are 7-bit; the others read ASCII as ASCII.
    if (label === 'iso-2022-jp' || label === 'hz-gb-2312') return tryDecode(bytes, label) ?? ascii;
    return ascii;
  }
  if (label === '' || label === 'utf-8') {
    const text = tryDecode(bytes, 'utf-8');
    if (text !== null) return text;
    const guess = guessLegacy(bytes);
    note(label === '' ? `guessed_charset:${guess}` : 'lying_charset:utf-8');
    return new TextDecoder(guess).decode(bytes);
  }
  if (LATIN1_LIKE.has(label)) {
    // UTF-8 sent as Latin-1 is common from web forms; real Latin-1 is seldom valid UTF-8.
    const utf8 = label === 'us-ascii' || label === 'ascii' ? tryDecode(bytes, 'utf-8') : null;
    return utf8 ?? new TextDecoder('windows-1252').decode(bytes);
  }
  if (label === 'utf-7' || label === 'unicode-1-1-utf-7') {
    note('utf7_with_8bit');
    return decodeUtf7(decodeGuess(bytes));
  }
  const decoder = decoderFor(label);
  if (!decoder) {
    note(`unknown_charset:${label.slice(0, 40)}`);
    return decodeGuess(bytes);
  }
  const text = tryDecode(bytes, label);
  if (text !== null) return text;
  // Declared charset that does not fit: UTF-8 if it is UTF-8, else the declared one with replacements.
  const utf8 = tryDecode(bytes, 'utf-8');
  note(`lying_charset:${label.slice(0, 40)}`);
  return utf8 ?? new TextDecoder(label).decode(bytes);
}

/** A name mailsplit could not read as UTF-8 (a latin1 string of raw bytes, at most U+00FF) read
 * again: UTF-8 with a broken last character is still UTF-8, else the likeliest 8-bit charset. */
export function repairBinaryName(name: string): string {
  // eslint-disable-next-line no-control-regex -- the Latin-1 range, from U+0000 on
  if (!/[\u0080-\u00ff]/.test(name) || /[^\u0000-\u00ff]/.test(name)) return name;
  const bytes = Buffer.from(name, 'latin1');
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const broken = utf8.split('\ufffd').length - 1;
  // Real UTF-8 sequences, and at most a broken one now and then (a name cut in the middle).
  const decoded = [...utf8].filter((char) => char > '\u007f' && char !== '\ufffd').length;
  if (decoded > 0 && broken * 8 < utf8.length) return utf8;
  // Bytes 0x80–0x9F read as Latin-1 mean raw 8-bit bytes; anything else was decoded already.
  return /[\u0080-\u009f]/.test(name) ? new TextDecoder(guessLegacy(bytes)).decode(bytes) : name;
}

/** Raw 8-bit header bytes (as mailsplit hands them: a latin1 string) to text. */
export function decodeRawHeader(binary: string): string {
  if (!/[\x80-\xff]/.test(binary)) return binary;
  return decodeGuess(Buffer.from(binary, 'latin1'));
}
