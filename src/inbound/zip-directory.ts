// What a zip file says of itself, read from its central directory by hand (no inflating): the
// number of entries, their names and the uncompressed size they declare, ZIP64 included. Enough
// to refuse a zip bomb or a zipped program before anyone opens it. A file whose directory cannot
// be read gives null (it is then kept as a plain file).

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const MAX_NAMES = 2000;

export interface ZipDirectory {
  entries: number;
  /** The sum of the uncompressed sizes the entries declare. */
  uncompressedBytes: number;
  /** The first names (at most 2000). */
  names: string[];
}

function findEndRecord(zip: Buffer): number {
  const stop = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= stop; at--) if (zip.readUInt32LE(at) === EOCD) return at;
  return -1;
}

function zip64Sizes(extra: Buffer, uncompressed: number, compressed: number): number {
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 0x0001 && at + 4 + size <= extra.length) {
      if (uncompressed === 0xffffffff && size >= 8) return Number(extra.readBigUInt64LE(at + 4));
      return uncompressed;
    }
    at += 4 + size;
  }
  void compressed;
  return uncompressed;
}

/** The zip's central directory, or null when it is not a readable zip. */
export function readZipDirectory(zip: Buffer): ZipDirectory | null {
  if (zip.length < 22) return null;
  const end = findEndRecord(zip);
  if (end < 0) return null;
  let entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  if ((entries === 0xffff || offset === 0xffffffff) && end >= 20 && zip.readUInt32LE(end - 20) === ZIP64_LOCATOR) {
    const record = Number(zip.readBigUInt64LE(end - 20 + 8));
    if (record + 56 > zip.length || zip.readUInt32LE(record) !== ZIP64_EOCD) return null;
    entries = Number(zip.readBigUInt64LE(record + 32));
    offset = Number(zip.readBigUInt64LE(record + 48));
  }
  const names: string[] = [];
  let uncompressedBytes = 0;
  let at = offset;
  let read = 0;
  while (read < entries && at + 46 <= zip.length && zip.readUInt32LE(at) === CENTRAL_ENTRY) {
    const compressed = zip.readUInt32LE(at + 20);
    const uncompressed = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > zip.length) break;
    if (names.length < MAX_NAMES) names.push(zip.subarray(at + 46, nameEnd).toString('utf8'));
    uncompressedBytes += zip64Sizes(zip.subarray(nameEnd, nameEnd + extraLength), uncompressed, compressed);
    at = nameEnd + extraLength + commentLength;
    read++;
  }
  if (read === 0 && entries > 0) return null;
  return { entries: Math.max(entries, read), uncompressedBytes, names };
}
